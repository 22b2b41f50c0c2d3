package org.paperscope.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF vectors of a fixed set of texts with scikit-learn's {@code TfidfVectorizer} defaults:
 * lower case, tokens of two or more word characters ({@code \b\w\w+\b}), raw term counts, smooth
 * idf {@code ln((1 + n) / (1 + df)) + 1}, each vector L2-normalised, so that a dot product is a
 * cosine. No stop words and no cap on common terms. Immutable and thread-safe once built.
 */
final class TfIdfVectors {
  private static final Pattern TOKEN =
      Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

  /** Per text: its term ids ascending, and their weights. */
  private final int[][] terms;

  private final float[][] weights;

  /** Per term: the texts containing it, ascending, and its weight in each. */
  private final int[][] postingTexts;

  private final float[][] postingWeights;

  private TfIdfVectors(
      int[][] terms, float[][] weights, int[][] postingTexts, float[][] postingWeights) {
    this.terms = terms;
    this.weights = weights;
    this.postingTexts = postingTexts;
    this.postingWeights = postingWeights;
  }

  /** The vectors of {@code texts}, in their order. */
  static TfIdfVectors of(List<String> texts) {
    List<Map<String, Integer>> counts = texts.stream().map(TfIdfVectors::termCounts).toList();
    Map<String, Integer> documentFrequency = new TreeMap<>();
    counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
    Map<String, Integer> ids = new HashMap<>();
    double[] idf = new double[documentFrequency.size()];
    documentFrequency.forEach(
        (term, df) -> {
          idf[ids.size()] = Math.log((1.0 + texts.size()) / (1.0 + df)) + 1;
          ids.put(term, ids.size());
        });
    int[][] terms = new int[texts.size()][];
    float[][] weights = new float[texts.size()][];
    for (int text = 0; text < texts.size(); text++) {
      Map<Integer, Integer> byId = new TreeMap<>();
      counts.get(text).forEach((term, count) -> byId.put(ids.get(term), count));
      terms[text] = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
      weights[text] = normalised(byId, idf);
    }
    int[][] postingTexts = postingTexts(terms, idf.length);
    return new TfIdfVectors(
        terms, weights, postingTexts, postingWeights(terms, weights, postingTexts));
  }

  /** How often each token occurs in {@code text}. */
  static Map<String, Integer> termCounts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher token = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (token.find()) {
      counts.merge(token.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** Count times idf for each term, in the map's order, scaled to unit length (zeros if empty). */
  private static float[] normalised(Map<Integer, Integer> counts, double[] idf) {
    double[] raw = new double[counts.size()];
    double squares = 0;
    int i = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      raw[i] = entry.getValue() * idf[entry.getKey()];
      squares += raw[i] * raw[i];
      i++;
    }
    double norm = Math.sqrt(squares);
    float[] unit = new float[raw.length];
    for (i = 0; i < raw.length; i++) {
      unit[i] = (float) (raw[i] / norm);
    }
    return unit;
  }

  /** Per term, the texts containing it, ascending. */
  private static int[][] postingTexts(int[][] terms, int vocabulary) {
    int[] df = new int[vocabulary];
    for (int[] own : terms) {
      for (int term : own) {
        df[term]++;
      }
    }
    int[][] postings = new int[vocabulary][];
    for (int term = 0; term < vocabulary; term++) {
      postings[term] = new int[df[term]];
    }
    int[] filled = new int[vocabulary];
    for (int text = 0; text < terms.length; text++) {
      for (int term : terms[text]) {
        postings[term][filled[term]++] = text;
      }
    }
    return postings;
  }

  /** Per term, its weight in each text of its postings, in their order. */
  private static float[][] postingWeights(int[][] terms, float[][] weights, int[][] postings) {
    float[][] posted = new float[postings.length][];
    for (int term = 0; term < postings.length; term++) {
      posted[term] = new float[postings[term].length];
    }
    int[] filled = new int[postings.length];
    for (int text = 0; text < terms.length; text++) {
      for (int i = 0; i < terms[text].length; i++) {
        int term = terms[text][i];
        posted[term][filled[term]++] = weights[text][i];
      }
    }
    return posted;
  }

  /** How many texts there are. */
  int size() {
    return terms.length;
  }

  /** The cosine of texts {@code a} and {@code b} (0 when either has no token). */
  double cosine(int a, int b) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms[a].length && j < terms[b].length) {
      int order = Integer.compare(terms[a][i], terms[b][j]);
      if (order == 0) {
        dot += (double) weights[a][i++] * weights[b][j++];
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** The cosine of text {@code a} with every text, itself included, by text index. */
  float[] cosines(int a) {
    float[] row = new float[terms.length];
    for (int i = 0; i < terms[a].length; i++) {
      int term = terms[a][i];
      float weight = weights[a][i];
      int[] texts = postingTexts[term];
      float[] others = postingWeights[term];
      for (int p = 0; p < texts.length; p++) {
        row[texts[p]] += weight * others[p];
      }
    }
    return row;
  }
}
