package org.paperscope.paper;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys of free text: the form two spellings of one title or name share ("Non-I.I.D." and
 * "non i i d", "Schölkopf" and "Scholkopf"). Stateless.
 */
public final class TextKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextKeys() {}

  /**
   * Accents folded ("ö" → "o", ligatures expanded), lower case, every run of characters other than
   * letters and digits one space, trimmed.
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }
}
