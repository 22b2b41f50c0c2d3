package org.paperscope.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The weight {@code w} of {@code cos_emb + w · cos_tfidf} chosen by nested cross-validation: for
 * each outer fold, the weight under which the papers of the other folds are labelled best by
 * neighbours from the other folds but their own and the outer one (ties to the smaller weight);
 * then the outer fold's papers are labelled with that weight by neighbours from all other folds. No
 * label of an outer fold is seen when its weight is chosen. Immutable.
 *
 * @param accuracy the share of papers labelled right, over all outer folds
 * @param weightPerFold the index in the grid of the weight chosen for each outer fold
 */
record WeightChoice(double accuracy, List<Integer> weightPerFold) {
  WeightChoice {
    weightPerFold = List.copyOf(weightPerFold);
  }

  /**
   * Chooses and evaluates.
   *
   * @param sums every paper's neighbours under the sum with each weight of the grid, ascending
   */
  static WeightChoice nested(FoldNeighbours[][] sums, List<String> labels, KnnFolds folds, int k) {
    List<Integer> chosen = new ArrayList<>();
    for (int outer = 0; outer < folds.count(); outer++) {
      chosen.add(best(sums, labels, folds, k, outer));
    }
    int correct = 0;
    for (int paper = 0; paper < labels.size(); paper++) {
      KnnNeighbours near = sums[chosen.get(folds.fold(paper))][paper].nearest(k, -1);
      if (labels.get(paper).equals(near.vote(labels))) {
        correct++;
      }
    }
    return new WeightChoice(labels.isEmpty() ? 0 : (double) correct / labels.size(), chosen);
  }

  /** The weight index with the most right labels outside {@code outer}; the first among ties. */
  private static int best(
      FoldNeighbours[][] sums, List<String> labels, KnnFolds folds, int k, int outer) {
    int best = 0;
    int bestCorrect = -1;
    for (int w = 0; w < sums.length; w++) {
      int correct = 0;
      for (int paper = 0; paper < labels.size(); paper++) {
        if (folds.fold(paper) != outer
            && labels.get(paper).equals(sums[w][paper].nearest(k, outer).vote(labels))) {
          correct++;
        }
      }
      if (correct > bestCorrect) {
        best = w;
        bestCorrect = correct;
      }
    }
    return best;
  }
}
