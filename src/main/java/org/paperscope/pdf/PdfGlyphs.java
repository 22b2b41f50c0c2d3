package org.paperscope.pdf;

import java.text.Normalizer;

/**
 * Unicode clean-up of text that PDFBox decoded from glyphs.
 *
 * <p>Rules, in order: a spacing accent directly before a letter (how some TeX fonts place {@code
 * \'e}) becomes the combined letter; soft hyphens, zero-width characters, controls, the replacement
 * character and private-use code points (unmapped glyphs) are dropped; the text is NFKC-normalised,
 * which also expands ligatures (ﬁ → fi) and maps mathematical alphanumerics to plain letters;
 * Unicode hyphens U+2010/U+2011 become ASCII {@code -}; whitespace runs become one space and the
 * ends are trimmed.
 */
final class PdfGlyphs {
  // Non-ASCII spacing accents only: ASCII ^ and ~ are mostly maths and URLs.
  private static final String SPACING_ACCENTS =
      "\u00B4\u00A8\u02C6\u02DC\u00B8\u02C7\u02D8\u02D9\u02DA\u02DD\u00AF";
  private static final String COMBINING_ACCENTS =
      "\u0301\u0308\u0302\u0303\u0327\u030C\u0306\u0307\u030A\u030B\u0304";

  private PdfGlyphs() {}

  /** The cleaned text; never null, possibly empty. */
  static String normalize(String text) {
    String combined = Normalizer.normalize(combineAccents(text), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(combined.length());
    boolean space = false;
    for (int i = 0; i < combined.length(); i++) {
      char c = combined.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
      } else if (!dropped(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c == '\u2010' || c == '\u2011' ? '-' : c);
      }
    }
    return out.toString();
  }

  private static boolean dropped(char c) {
    return c == '\u00AD'
        || c == '\uFFFD'
        || c == '\uFEFF'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\uE000' && c <= '\uF8FF')
        || (Character.isISOControl(c));
  }

  private static String combineAccents(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int accent = SPACING_ACCENTS.indexOf(c);
      if (accent >= 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
        char letter = text.charAt(++i);
        // TeX builds an accented i from the dotless ı: "na¨ıve".
        out.append(letter == '\u0131' ? 'i' : letter).append(COMBINING_ACCENTS.charAt(accent));
        changed = true;
      } else {
        out.append(c);
      }
    }
    return changed ? Normalizer.normalize(out, Normalizer.Form.NFC) : text;
  }
}
