package org.paperscope.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF vectors of papers' words as arxiv-sanity-lite compares papers (its {@code TfidfVectorizer}
 * settings): lower case, words of a letter or underscore then letters, digits or underscores
 * ({@code \b[a-zA-Z_][a-zA-Z0-9_]+\b}), English stop words left out, single words and pairs of
 * adjacent remaining words, a term kept when in at least {@value #MIN_DF} papers and at most 10% of
 * them, the {@value #MAX_TERMS} most frequent such terms; weights {@code 1 + ln(count)} times the
 * smooth idf {@code ln((1 + n) / (1 + df)) + 1}; each vector of unit length, so that a dot product
 * is a cosine. Similar papers add this cosine to the embedding's. Immutable and thread-safe.
 */
public final class WordVectors {
  /** A term in fewer papers than this is no term. */
  static final int MIN_DF = 5;

  /** A term in more than this share of the papers is no term. */
  static final double MAX_DF_SHARE = 0.1;

  /** The most frequent terms kept. */
  static final int MAX_TERMS = 20_000;

  private static final Pattern TOKEN =
      Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]+\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private static final Set<String> STOP = stopWords();

  /** Term → its id (the index of its idf). */
  private final Map<String, Integer> ids;

  private final float[] idf;

  private WordVectors(Map<String, Integer> ids, float[] idf) {
    this.ids = ids;
    this.idf = idf;
  }

  /** A paper's text as the vectors read it: title and abstract. */
  public static String text(String title, String abstractText) {
    return (title == null ? "" : title) + " " + (abstractText == null ? "" : abstractText);
  }

  /**
   * The vocabulary and idf of a corpus. Pairs of words are counted only where both words are terms
   * by document frequency alone (a pair is in no more papers than either word), so memory stays
   * with the single words.
   *
   * @param texts the corpus, read twice
   */
  public static WordVectors of(Iterable<String> texts) {
    Map<String, int[]> words = new HashMap<>();
    int n = 0;
    for (String text : texts) {
      n++;
      count(tokens(text), words);
    }
    Set<String> common = new HashSet<>();
    words.forEach(
        (w, c) -> {
          if (c[0] >= MIN_DF) {
            common.add(w);
          }
        });
    Map<String, int[]> pairs = new HashMap<>();
    for (String text : texts) {
      List<String> tokens = tokens(text);
      List<String> own = new ArrayList<>();
      for (int i = 1; i < tokens.size(); i++) {
        if (common.contains(tokens.get(i - 1)) && common.contains(tokens.get(i))) {
          own.add(tokens.get(i - 1) + " " + tokens.get(i));
        }
      }
      count(own, pairs);
    }
    words.putAll(pairs);
    double maxDf = MAX_DF_SHARE * n;
    List<Map.Entry<String, int[]>> kept = new ArrayList<>();
    for (Map.Entry<String, int[]> e : words.entrySet()) {
      int df = e.getValue()[0];
      if (df >= MIN_DF && df <= maxDf) {
        kept.add(e);
      }
    }
    kept.sort(
        Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[1])
            .thenComparing(Map.Entry::getKey));
    Map<String, Integer> ids = new HashMap<>();
    float[] idf = new float[Math.min(MAX_TERMS, kept.size())];
    for (int i = 0; i < idf.length; i++) {
      Map.Entry<String, int[]> e = kept.get(i);
      ids.put(e.getKey(), i);
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + e.getValue()[0])) + 1);
    }
    return new WordVectors(ids, idf);
  }

  /** Adds each term's document frequency ([0]) and total count ([1]). */
  private static void count(List<String> terms, Map<String, int[]> counts) {
    Set<String> seen = new HashSet<>();
    for (String term : terms) {
      int[] c = counts.computeIfAbsent(term, t -> new int[2]);
      c[1]++;
      if (seen.add(term)) {
        c[0]++;
      }
    }
  }

  /** How many terms the vocabulary holds. */
  public int terms() {
    return idf.length;
  }

  /** The unit vector of a text: term ids ascending and their weights; empty without a term. */
  public Vector vector(String text) {
    List<String> tokens = tokens(text);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      addTerm(tokens.get(i), counts);
      if (i > 0) {
        addTerm(tokens.get(i - 1) + " " + tokens.get(i), counts);
      }
    }
    int[] terms = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] weights = new float[terms.length];
    double squares = 0;
    for (int i = 0; i < terms.length; i++) {
      double w = (1 + Math.log(counts.get(terms[i]))) * idf[terms[i]];
      weights[i] = (float) w;
      squares += w * w;
    }
    if (squares > 0) {
      float scale = (float) (1 / Math.sqrt(squares));
      for (int i = 0; i < weights.length; i++) {
        weights[i] *= scale;
      }
    }
    return new Vector(terms, weights);
  }

  private void addTerm(String term, Map<Integer, Integer> counts) {
    Integer id = ids.get(term);
    if (id != null) {
      counts.merge(id, 1, Integer::sum);
    }
  }

  /** A sparse unit vector. */
  public record Vector(int[] terms, float[] weights) {
    /** The dot product, a cosine (0 when either is empty). */
    public double cosine(Vector other) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < other.terms.length) {
        int order = Integer.compare(terms[i], other.terms[j]);
        if (order == 0) {
          dot += (double) weights[i++] * other.weights[j++];
        } else if (order < 0) {
          i++;
        } else {
          j++;
        }
      }
      return dot;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Vector v
          && Arrays.equals(terms, v.terms)
          && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return "Vector" + Arrays.toString(terms);
    }
  }

  /** The words of a text, lower case, stop words left out, in order. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        tokens.add(m.group());
      }
    }
    return tokens;
  }

  private static Set<String> stopWords() {
    String resource = "/similar/stopwords-en.txt";
    try (InputStream in = WordVectors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " in the jar");
      }
      Set<String> words = new HashSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
