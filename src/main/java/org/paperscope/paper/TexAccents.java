package org.paperscope.paper;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the TeX accent commands arXiv metadata keeps in names and titles ({@code Bal\'azs},
 * {@code Schr\"{o}dinger}, {@code {\o}stergaard}) to Unicode; other TeX, including math, is left as
 * it is.
 *
 * <p>Accented letters come out as letter plus combining mark; {@link PaperText#clean} composes
 * them. Stateless and thread-safe.
 */
public final class TexAccents {
  private static final Map<String, String> MARKS =
      Map.ofEntries(
          Map.entry("`", "\u0300"),
          Map.entry("'", "\u0301"),
          Map.entry("^", "\u0302"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry("u", "\u0306"),
          Map.entry(".", "\u0307"),
          Map.entry("\"", "\u0308"),
          Map.entry("r", "\u030A"),
          Map.entry("H", "\u030B"),
          Map.entry("v", "\u030C"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"));
  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"));

  /** The first characters of every command above, for a quick check before the patterns. */
  private static final String COMMAND_STARTS = "`'^~=u.\"rHvcksaAoOlLij";

  private static final String BASE = "(\\\\[ij](?![A-Za-z])|[A-Za-z])";
  private static final Pattern BRACED_ACCENT =
      Pattern.compile("\\\\([`'^~=.\"uvrHck])\\s*\\{" + BASE + "\\}");
  private static final Pattern BARE_ACCENT = Pattern.compile("\\\\([`'^~=.\"])" + BASE);
  private static final Pattern SPECIAL_LETTER =
      Pattern.compile("\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])(?:\\{\\}| )?");
  private static final Pattern BRACED_LETTER = Pattern.compile("\\{(\\p{L}\\p{M}*)\\}");

  private TexAccents() {}

  /** Returns {@code text} with accent commands decoded; null stays null. */
  public static String decode(String text) {
    if (text == null || !hasAccentCommand(text)) {
      return text;
    }
    String out = accents(BRACED_ACCENT, text);
    out = accents(BARE_ACCENT, out);
    out =
        SPECIAL_LETTER
            .matcher(out)
            .replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
    return BRACED_LETTER.matcher(out).replaceAll("$1");
  }

  /** Whether a backslash is followed by a character that can start an accent or letter command. */
  private static boolean hasAccentCommand(String text) {
    for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
      if (at + 1 < text.length() && COMMAND_STARTS.indexOf(text.charAt(at + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String accents(Pattern pattern, String text) {
    return pattern
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(base(m.group(2)) + MARKS.get(m.group(1))));
  }

  /** Dotless i and j take the accent as plain i and j, which is what {@code \'\i} means. */
  private static String base(String letter) {
    return letter.length() == 2 ? letter.substring(1) : letter;
  }
}
