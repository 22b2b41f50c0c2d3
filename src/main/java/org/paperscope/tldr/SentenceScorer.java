package org.paperscope.tldr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A linear model of how good a TL;DR each sentence of an abstract would be: the weighted sum of its
 * {@link SentenceFeatures}, fitted by ridge regression to each SciTLDR training sentence's ROUGE-1
 * F1 against the paper's gold TL;DRs ({@link #fit}). The shipped weights are the resource {@code
 * /tldr/sentence-scorer.json}, written by {@code paperscope eval tldr --fit}. Immutable and
 * thread-safe.
 */
public final class SentenceScorer {
  private static final String RESOURCE = "/tldr/sentence-scorer.json";

  private final double[] weights;

  SentenceScorer(double[] weights) {
    if (weights.length != SentenceFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          weights.length + " weights for " + SentenceFeatures.NAMES.size() + " features");
    }
    this.weights = weights.clone();
  }

  /** The shipped model. */
  public static SentenceScorer shipped() {
    try (InputStream in = SentenceScorer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " in the jar");
      }
      return fromJson(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /**
   * The model of a JSON object {@code {"weights": {feature name: weight}}}.
   *
   * @throws IllegalArgumentException naming a feature the object lacks
   */
  public static SentenceScorer fromJson(JsonNode json) {
    double[] weights = new double[SentenceFeatures.NAMES.size()];
    JsonNode named = json.path("weights");
    for (int i = 0; i < weights.length; i++) {
      JsonNode weight = named.get(SentenceFeatures.NAMES.get(i));
      if (weight == null || !weight.isNumber()) {
        throw new IllegalArgumentException(
            "sentence scorer lacks a weight for '" + SentenceFeatures.NAMES.get(i) + "'");
      }
      weights[i] = weight.asDouble();
    }
    return new SentenceScorer(weights);
  }

  /** {@code {"weights": {feature name: weight}}}. */
  public ObjectNode toJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    ObjectNode named = json.putObject("weights");
    for (int i = 0; i < weights.length; i++) {
      named.put(SentenceFeatures.NAMES.get(i), weights[i]);
    }
    return json;
  }

  /** The score of each row of features. */
  public double[] score(double[][] rows) {
    double[] scores = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      double sum = 0;
      for (int f = 0; f < weights.length; f++) {
        sum += weights[f] * rows[r][f];
      }
      scores[r] = sum;
    }
    return scores;
  }

  /**
   * Ridge regression: the weights minimising {@code Σ (w·x − y)² + lambda·|w|²} (the intercept
   * penalised too, harmless with features in 0–1), solved from the normal equations.
   *
   * @param rows feature rows
   * @param targets one target per row
   */
  public static SentenceScorer fit(List<double[]> rows, List<Double> targets, double lambda) {
    int d = SentenceFeatures.NAMES.size();
    double[][] a = new double[d][d + 1];
    for (int r = 0; r < rows.size(); r++) {
      double[] x = rows.get(r);
      double y = targets.get(r);
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          a[i][j] += x[i] * x[j];
        }
        a[i][d] += x[i] * y;
      }
    }
    for (int i = 0; i < d; i++) {
      a[i][i] += lambda;
    }
    return new SentenceScorer(solve(a));
  }

  /** Gaussian elimination with partial pivoting of an augmented d × (d + 1) system. */
  private static double[] solve(double[][] a) {
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
}
