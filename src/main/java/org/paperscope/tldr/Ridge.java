package org.paperscope.tldr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Ridge regression by its normal equations, accumulated row by row so that no design matrix is
 * held: the weights minimising {@code Σ (w·x − y)² + lambda·|w|²} (the intercept penalised too,
 * harmless with features near 0–1). Not thread-safe while rows are added.
 */
final class Ridge {
  private final double[][] normal;
  private final int d;

  Ridge(int features) {
    this.d = features;
    this.normal = new double[features][features + 1];
  }

  void add(double[] x, double y) {
    for (int i = 0; i < d; i++) {
      double xi = x[i];
      if (xi == 0) {
        continue;
      }
      double[] row = normal[i];
      for (int j = 0; j < d; j++) {
        row[j] += xi * x[j];
      }
      row[d] += xi * y;
    }
  }

  double[] solve(double lambda) {
    double[][] a = new double[d][];
    for (int i = 0; i < d; i++) {
      a[i] = normal[i].clone();
      a[i][i] += lambda;
    }
    return solve(a);
  }

  /** Gaussian elimination with partial pivoting of an augmented d × (d + 1) system. */
  static double[] solve(double[][] a) {
    int d = a.length;
    for (int col = 0; col < d; col++) {
      int pivot = col;
      for (int r = col + 1; r < d; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < d; r++) {
        if (r != col && a[col][col] != 0) {
          double factor = a[r][col] / a[col][col];
          for (int c = col; c <= d; c++) {
            a[r][c] -= factor * a[col][c];
          }
        }
      }
    }
    double[] w = new double[d];
    for (int i = 0; i < d; i++) {
      w[i] = a[i][i] == 0 ? 0 : a[i][d] / a[i][i];
    }
    return w;
  }

  /**
   * The weights of a JSON object {@code {feature name: weight}}, in the order of {@code names}.
   *
   * @throws IllegalArgumentException naming a feature the object lacks
   */
  static double[] weights(JsonNode named, List<String> names, String model) {
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      JsonNode weight = named.get(names.get(i));
      if (weight == null || !weight.isNumber()) {
        throw new IllegalArgumentException(model + " lacks a weight for '" + names.get(i) + "'");
      }
      weights[i] = weight.asDouble();
    }
    return weights;
  }
}
