package org.paperscope.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Some papers nearest to one paper, nearest first, with their similarity to it, and the label their
 * majority vote gives. Indices are into one list of papers. Immutable once made; the arrays are not
 * copied.
 *
 * @param papers paper indices, by similarity descending, ties by index ascending
 * @param scores the similarity of each, in the same order
 */
record KnnNeighbours(int[] papers, float[] scores) {
  /**
   * The label most of these papers carry; a tie goes to the label whose papers have the larger
   * summed similarity, then to the label first in alphabetical order.
   *
   * @param labels the label of every paper, by index
   * @return the label, or null when there are no papers
   */
  String vote(List<String> labels) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Double> similarity = new HashMap<>();
    for (int i = 0; i < papers.length; i++) {
      String label = labels.get(papers[i]);
      votes.merge(label, 1, Integer::sum);
      similarity.merge(label, (double) scores[i], Double::sum);
    }
    String best = null;
    for (String label : votes.keySet()) {
      if (best == null || beats(label, best, votes, similarity)) {
        best = label;
      }
    }
    return best;
  }

  private static boolean beats(
      String label, String other, Map<String, Integer> votes, Map<String, Double> similarity) {
    int byVotes = Integer.compare(votes.get(label), votes.get(other));
    if (byVotes != 0) {
      return byVotes > 0;
    }
    int bySimilarity = Double.compare(similarity.get(label), similarity.get(other));
    if (bySimilarity != 0) {
      return bySimilarity > 0;
    }
    return label.compareTo(other) < 0;
  }
}
