package org.paperscope.embed;

/** Pools a text's token vectors into one unit-length vector. Stateless. */
final class Pooled {
  private Pooled() {}

  /**
   * The pooled, L2-normalised vector of one row.
   *
   * @param tokens the row's token vectors, {@code [width][dimensions]}
   * @param mask the batch's attention mask, row-major
   * @param offset where the row starts in {@code mask}
   */
  static float[] vector(EmbeddingModel.Pooling pooling, float[][] tokens, long[] mask, int offset) {
    float[] vector =
        switch (pooling) {
          case CLS -> tokens[0].clone();
          case MEAN -> mean(tokens, mask, offset);
        };
    return normalised(vector);
  }

  private static float[] mean(float[][] tokens, long[] mask, int offset) {
    float[] sum = new float[tokens[0].length];
    int count = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[offset + t] != 0) {
        count++;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += tokens[t][d];
        }
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= Math.max(1, count);
    }
    return sum;
  }

  /** The vector scaled to length 1 (a zero vector stays zero). */
  static float[] normalised(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return vector;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= scale;
    }
    return vector;
  }
}
