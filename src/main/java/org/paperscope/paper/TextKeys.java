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
    String bare = withoutAccents(text);
    StringBuilder out = new StringBuilder(bare.length());
    boolean space = false;
    for (int i = 0; i < bare.length(); ) {
      int c = bare.codePointAt(i);
      i += Character.charCount(c);
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

  /**
   * The text with accents and other combining marks removed after compatibility decomposition ("ö"
   * → "o", "ﬁ" → "fi"); ASCII text comes back as it is, without work (ingest keys every title,
   * author and keyword).
   */
  public static String withoutAccents(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK;
      if (!mark) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
