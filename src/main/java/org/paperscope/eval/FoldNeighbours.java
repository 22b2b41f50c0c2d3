package org.paperscope.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One paper's {@code k} nearest papers in each fold but its own, under one similarity. The {@code
 * k} nearest papers of any union of those folds are among them, so one pass over the scores serves
 * cross-validation (neighbours from every other fold) and the inner splits of nested
 * cross-validation (every other fold but one) alike. Immutable once made.
 */
final class FoldNeighbours {
  /** Candidates by similarity descending, ties by index ascending; and their similarity. */
  private final int[] papers;

  private final float[] scores;
  private final KnnFolds folds;

  private FoldNeighbours(int[] papers, float[] scores, KnnFolds folds) {
    this.papers = papers;
    this.scores = scores;
    this.folds = folds;
  }

  /**
   * Picks the {@code k} papers most similar to {@code paper} in each fold but its own; among equal
   * similarities the lower index first.
   *
   * @param scores the similarity of {@code paper} to every paper, by index; not kept
   */
  static FoldNeighbours of(float[] scores, int paper, KnnFolds folds, int k) {
    Best[] best = new Best[folds.count()];
    for (int fold = 0; fold < best.length; fold++) {
      best[fold] = new Best(k);
    }
    int own = folds.fold(paper);
    for (int other = 0; other < scores.length; other++) {
      if (folds.fold(other) != own) {
        best[folds.fold(other)].offer(other, scores[other]);
      }
    }
    Integer[] merged =
        Arrays.stream(best).flatMapToInt(Best::papers).boxed().toArray(Integer[]::new);
    Arrays.sort(
        merged,
        Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(Integer::intValue));
    int[] papers = Arrays.stream(merged).mapToInt(Integer::intValue).toArray();
    float[] kept = new float[papers.length];
    for (int i = 0; i < papers.length; i++) {
      kept[i] = scores[papers[i]];
    }
    return new FoldNeighbours(papers, kept, folds);
  }

  /**
   * The {@code k} nearest papers outside the paper's own fold and outside {@code excludedFold}.
   *
   * @param k at most the {@code k} this was made with
   * @param excludedFold a fold to leave out as well, or -1 for none
   */
  KnnNeighbours nearest(int k, int excludedFold) {
    int[] chosen = new int[k];
    float[] similarity = new float[k];
    int found = 0;
    for (int i = 0; i < papers.length && found < k; i++) {
      if (folds.fold(papers[i]) != excludedFold) {
        chosen[found] = papers[i];
        similarity[found++] = scores[i];
      }
    }
    return new KnnNeighbours(Arrays.copyOf(chosen, found), Arrays.copyOf(similarity, found));
  }

  /** The best {@code k} offers, kept sorted; offers come in ascending index order. */
  private static final class Best {
    private final int[] papers;
    private final float[] scores;
    private int size;

    Best(int k) {
      papers = new int[k];
      scores = new float[k];
    }

    /** Keeps {@code paper} if it beats the worst kept; an equal score loses to a lower index. */
    void offer(int paper, float score) {
      if (size == papers.length && !(score > scores[size - 1])) {
        return;
      }
      int at = size == papers.length ? size - 1 : size++;
      while (at > 0 && score > scores[at - 1]) {
        papers[at] = papers[at - 1];
        scores[at] = scores[at - 1];
        at--;
      }
      papers[at] = paper;
      scores[at] = score;
    }

    IntStream papers() {
      return Arrays.stream(papers, 0, size);
    }
  }
}
