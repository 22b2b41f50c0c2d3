package org.paperscope.paper;

import java.text.Normalizer;

/**
 * Matching keys of free text: the form two spellings of one title or name share ("Non-I.I.D." and
 * "non i i d", "Schölkopf" and "Scholkopf"). Stateless.
 */
public final class TextKeys {
  private TextKeys() {}

  /**
   * Accents folded ("ö" → "o", ligatures expanded), lower case, every run of characters other than
   * letters and digits one space, trimmed.
   */
  public static String fold(String text) {
    // Ingest keys every title and author: decompose only text that has non-ASCII characters.
    String decomposed =
        text.chars().allMatch(c -> c < 0x80)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
