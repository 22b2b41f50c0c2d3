package org.paperscope.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The forms of a title or text that the search evaluations compare and type as queries. Stateless
 * and thread-safe.
 */
final class TitleForms {
  private TitleForms() {}

  /**
   * The comparison form: lower case, accents removed (NFD, marks dropped), every run of characters
   * other than letters and digits made one space, ends trimmed. {@code "Ümlaut-Net: A Study"} gives
   * {@code "umlaut net a study"}.
   */
  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /**
   * What a user types who drops case and punctuation: lower case, every character that is not a
   * letter, digit or space made a space, runs of spaces collapsed, ends trimmed. Accents stay.
   */
  static String lowerCaseWithoutPunctuation(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The first {@code count} space-separated words of {@code text}, or all when it has fewer. */
  static String firstWords(String text, int count) {
    List<String> words = words(text);
    return String.join(" ", words.subList(0, Math.min(count, words.size())));
  }

  /** The space-separated words of {@code text}; empty for blank text. */
  static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  /** The words of {@code text} in {@link #normalised} form; empty for text without any. */
  static List<String> normalisedWords(String text) {
    return words(normalised(text));
  }
}
