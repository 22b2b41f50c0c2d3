package org.paperscope.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-words comparison of two extractions of the same PDF.
 *
 * <p>Words are compared after the same normalisation on both sides: NFKC, lower case, a line-end
 * hyphen after a letter removed with the line break, other hyphens removed (so {@code
 * state-of-the-art}, {@code stateoftheart} and {@code state-of-the-} at a line end followed by
 * {@code art} are one word however each extractor treats hyphens), then maximal runs of letters and
 * digits. Word order does not count: two-column reading order differs between extractors without
 * changing what is searchable. Immutable and thread-safe.
 *
 * @param counts occurrences per word
 * @param total number of words
 */
public record PdfWordCounts(Map<String, Integer> counts, long total) {
  public PdfWordCounts {
    counts = Map.copyOf(counts);
  }

  /** The word counts of {@code text}. */
  public static PdfWordCounts of(String text) {
    String normalised =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("(?<=\\p{L})-[ \\t]*\\R\\s*", "")
            .replaceAll("[-\\u00AD\\u2010\\u2011]", "");
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (String word : normalised.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
        total++;
      }
    }
    return new PdfWordCounts(counts, total);
  }

  /** Number of word occurrences the two have in common (multiset intersection size). */
  public long overlap(PdfWordCounts other) {
    long common = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      common += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
    }
    return common;
  }

  /**
   * The words this has more often than {@code other}, with the surplus count, most frequent first
   * (ties by word), at most {@code limit}.
   */
  public String surplusOver(PdfWordCounts other, int limit) {
    return counts.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - other.counts.getOrDefault(e.getKey(), 0)))
        .filter(e -> e.getValue() > 0)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> e.getKey() + "×" + e.getValue())
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }
}
