package org.paperscope.glossary;

import java.util.Locale;

/**
 * A paper's title as evidence that a phrase of its abstract is the paper's name for what it
 * introduces: "we develop a novel robust transfer principal component analysis method" under the
 * title "Robust Transfer Principal Component Analysis with Rank Constraints". Words compare without
 * case, hyphens or a plural s.
 */
final class TitleWords {
  private final String key;

  TitleWords(String title) {
    this.key = title == null ? "" : " " + words(title) + " ";
  }

  /** True when the title holds {@code phrase}'s words in order, side by side. */
  boolean contains(String phrase) {
    String words = words(phrase);
    return !words.isEmpty() && key.contains(" " + words + " ");
  }

  private static String words(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      out.append(out.isEmpty() ? "" : " ").append(w);
    }
    return out.toString();
  }
}
