package org.paperscope.paper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys of author names: one key for the ways one name is written. "Quoc V. Le", "Quoc Le"
 * and "QUOC LE" share the key {@code quoc le}; "Bernhard Schölkopf" and "Bernhard Scholkopf" share
 * {@code bernhard scholkopf}. Stateless.
 */
public final class AuthorNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private AuthorNames() {}

  /**
   * The key of a name: accents folded, lower case, punctuation as spaces, and middle initials (one
   * letter between the first and the last word) left out. Blank for a name with no letters.
   */
  public static String key(String name) {
    String[] words = fold(name).split(" ");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      boolean middle = i > 0 && i < words.length - 1;
      if (!words[i].isEmpty() && !(middle && words[i].length() == 1)) {
        kept.add(words[i]);
      }
    }
    return String.join(" ", kept);
  }

  /** Accents folded ("ö" → "o"), lower case, every run of non-letters and non-digits one space. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }
}
