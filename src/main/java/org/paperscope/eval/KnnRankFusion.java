package org.paperscope.eval;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher 2009) of two similarity rows over the same
 * papers: a candidate's score is {@code 1 / (K + rank)} summed over both rankings, ranks from 1
 * among the candidates only, equal similarities ranked by index. K = 60 as in the original paper
 * and in PaperScope's hybrid search. Stateless.
 */
final class KnnRankFusion {
  /** The constant of the original paper. */
  static final int K = 60;

  private KnnRankFusion() {}

  /**
   * The fused score of every candidate, by index; 0 for papers that are not candidates.
   *
   * @param first one similarity per paper
   * @param second one similarity per paper, same length
   */
  static float[] fuse(float[] first, float[] second, IntPredicate candidate) {
    float[] fused = new float[first.length];
    add(fused, first, candidate);
    add(fused, second, candidate);
    return fused;
  }

  private static void add(float[] fused, float[] scores, IntPredicate candidate) {
    int[] ranking = ranking(scores, candidate);
    for (int rank = 1; rank <= ranking.length; rank++) {
      fused[ranking[rank - 1]] += 1f / (K + rank);
    }
  }

  /** The candidates by score descending, ties by index ascending. */
  static int[] ranking(float[] scores, IntPredicate candidate) {
    long[] keys = new long[scores.length];
    int size = 0;
    for (int paper = 0; paper < scores.length; paper++) {
      if (candidate.test(paper)) {
        keys[size++] = ((long) ~sortable(scores[paper]) << 32) | paper;
      }
    }
    Arrays.sort(keys, 0, size);
    int[] ranking = new int[size];
    for (int i = 0; i < size; i++) {
      ranking[i] = (int) keys[i];
    }
    return ranking;
  }

  /** An int whose signed order is the float's order (-0 just below +0; no NaN expected). */
  private static int sortable(float score) {
    int bits = Float.floatToIntBits(score);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }
}
