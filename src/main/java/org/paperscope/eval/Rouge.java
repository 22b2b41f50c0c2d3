package org.paperscope.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.tldr.Words;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as ROUGE-1.5.5 computes them with stemming ({@code -m}) and as
 * Google's {@code rouge-score} reimplements it: text lower-cased, every run of characters other
 * than {@code a-z0-9} a separator, tokens longer than three characters Porter-stemmed ({@link
 * Words}); ROUGE-N counts clipped n-gram matches, ROUGE-L the longest common subsequence of the two
 * token sequences; precision over the prediction, recall over the reference, F1 their harmonic
 * mean. With several references the best by ROUGE-1 F1 is kept ("max over targets", as Cachola et
 * al. 2020 scored SciTLDR). Thread-safe.
 */
public final class Rouge {
  /** One prediction's scores against one reference (or the best of several), each an F1 in 0–1. */
  public record Scores(double rouge1, double rouge2, double rougeL) {
    public static final Scores ZERO = new Scores(0, 0, 0);
  }

  private Rouge() {}

  /** The prediction's scores against one reference. */
  public static Scores score(String prediction, String reference) {
    return score(tokens(prediction), tokens(reference));
  }

  /**
   * The prediction's scores against the reference with the highest ROUGE-1 F1 (the first of
   * equals); {@link Scores#ZERO} without references.
   */
  public static Scores maxOverTargets(String prediction, List<String> references) {
    List<String> predicted = tokens(prediction);
    Scores best = null;
    for (String reference : references) {
      Scores scores = score(predicted, tokens(reference));
      if (best == null || scores.rouge1() > best.rouge1()) {
        best = scores;
      }
    }
    return best == null ? Scores.ZERO : best;
  }

  /** The tokens ROUGE compares ({@link Words#stems}). */
  public static List<String> tokens(String text) {
    return Words.stems(text);
  }

  static Scores score(List<String> prediction, List<String> reference) {
    return new Scores(
        ngramF1(prediction, reference, 1),
        ngramF1(prediction, reference, 2),
        f1(lcs(prediction, reference), prediction.size(), reference.size()));
  }

  private static double ngramF1(List<String> prediction, List<String> reference, int n) {
    Map<List<String>, Integer> predicted = ngrams(prediction, n);
    Map<List<String>, Integer> wanted = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> gram : predicted.entrySet()) {
      overlap += Math.min(gram.getValue(), wanted.getOrDefault(gram.getKey(), 0));
    }
    return f1(
        overlap, Math.max(0, prediction.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  /** Length of the longest common subsequence. */
  static int lcs(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  private static double f1(int overlap, int predicted, int wanted) {
    if (overlap == 0 || predicted == 0 || wanted == 0) {
      return 0;
    }
    double precision = (double) overlap / predicted;
    double recall = (double) overlap / wanted;
    return 2 * precision * recall / (precision + recall);
  }
}
