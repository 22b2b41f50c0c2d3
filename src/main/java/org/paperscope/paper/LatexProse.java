package org.paperscope.paper;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts LaTeX outside formulas: escaped specials ({@code \%} to "%"), TeX quotes ({@code
 * ``memory''} to "“memory”"), dashes ({@code --} to "–"), accents ({@code Schr\"{o}dinger}), font
 * and size commands (dropped, their text kept), citations ({@code \cite{key}} to "[key]"); braces
 * are dropped. A math command outside math ({@code \ell_1}) gets its math form.
 *
 * <p>Stateless and thread-safe.
 */
final class LatexProse {
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /** Text-mode commands that stand for a character or word. */
  private static final Map<String, String> TEXT_SYMBOLS =
      Map.ofEntries(
          Map.entry("ldots", "…"),
          Map.entry("dots", "…"),
          Map.entry("textellipsis", "…"),
          Map.entry("LaTeX", "LaTeX"),
          Map.entry("TeX", "TeX"),
          Map.entry("textendash", "–"),
          Map.entry("textemdash", "—"),
          Map.entry("textquotedblleft", "“"),
          Map.entry("textquotedblright", "”"),
          Map.entry("textquoteleft", "‘"),
          Map.entry("textquoteright", "’"),
          Map.entry("textasciitilde", "~"),
          Map.entry("textbullet", "•"),
          Map.entry("textdegree", "°"),
          Map.entry("textless", "<"),
          Map.entry("textgreater", ">"),
          Map.entry("texttrademark", "™"),
          Map.entry("textregistered", "®"),
          Map.entry("item", "•"),
          Map.entry("newline", " "),
          Map.entry("par", " "),
          Map.entry("ie", "i.e."),
          Map.entry("eg", "e.g."),
          Map.entry("etal", "et al."));

  /** Declarations that switch the font or size of what follows; they print nothing. */
  private static final Set<String> DECLARATIONS =
      LatexSymbols.words(
          "em it bf rm sc sl sf tt normalfont bfseries itshape mdseries upshape"
              + " scshape slshape ttfamily sffamily rmfamily boldmath unboldmath small"
              + " footnotesize scriptsize tiny large Large LARGE huge Huge normalsize"
              + " noindent centering relax protect xspace hfill null nobreakdash");

  /** Commands whose argument is shown as it is; dropping the name leaves it (braces fall away). */
  private static final Set<String> TRANSPARENT =
      LatexSymbols.words(
          "emph textit textbf texttt textsc textrm textsf textup textsl"
              + " textnormal textmd underline uline mbox hbox fbox text url footnote"
              + " ensuremath MakeUppercase uppercase enquote");

  /** Citation commands, shown as their key in brackets. */
  private static final Set<String> CITATIONS =
      LatexSymbols.words("cite citep citet citealp citealt citeauthor citeyear parencite");

  private LatexProse() {}

  /** Converts text-mode LaTeX (no formulas in it). */
  static String convert(String text, int depth) {
    if (isPlain(text, false)) {
      return text;
    }
    String s = TexAccents.decode(text);
    StringBuilder out = new StringBuilder(s.length());
    boolean singleQuoteOpen = false;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> i = command(s, i, out, depth);
        case '{', '}' -> i++;
        case '~' -> {
          out.append(s.startsWith("~\\", i) ? ' ' : '~');
          i++;
        }
        case '`' -> {
          boolean twice = s.startsWith("``", i);
          out.append(twice ? '“' : '‘');
          singleQuoteOpen |= !twice;
          i += twice ? 2 : 1;
        }
        case '\'' -> {
          boolean twice = s.startsWith("''", i);
          out.append(twice ? '”' : singleQuoteOpen ? '’' : '\'');
          singleQuoteOpen &= twice;
          i += twice ? 2 : 1;
        }
        case '-' -> i = dash(s, i, out);
        default -> {
          out.append(c);
          i++;
        }
      }
    }
    String result = out.indexOf("  ") >= 0 ? SPACES.matcher(out).replaceAll(" ") : out.toString();
    return composed(result);
  }

  /**
   * {@code ---} is an em dash and {@code --} an en dash, except where {@code --} starts a word
   * after a space (a command-line option, "--help") or makes an arrow ("-->").
   */
  private static int dash(String s, int i, StringBuilder out) {
    if (s.startsWith("---", i)) {
      out.append('—');
      return i + 3;
    }
    if (s.startsWith("--", i)) {
      boolean afterSpace = i == 0 || Character.isWhitespace(s.charAt(i - 1));
      char next = i + 2 < s.length() ? s.charAt(i + 2) : ' ';
      boolean option = afterSpace && Character.isLetter(next);
      out.append(option || next == '>' ? "--" : "–");
      return i + 2;
    }
    out.append('-');
    return i + 1;
  }

  /** Converts the command at {@code s[at]} (a backslash); returns where the text goes on. */
  private static int command(String s, int at, StringBuilder out, int depth) {
    int i = at + 1;
    if (i >= s.length()) {
      return i;
    }
    char c = s.charAt(i);
    if (!isAsciiLetter(c)) {
      out.append(
          switch (c) {
            case '%', '&', '_', '#', '$', '{', '}', '(', ')', '[', ']' -> String.valueOf(c);
            case '|' -> "‖";
            case '\\', ' ', ',', ';', ':', '>' -> " ";
            default -> "";
          });
      return i + 1;
    }
    int end = i;
    while (end < s.length() && isAsciiLetter(s.charAt(end))) {
      end++;
    }
    return word(s, at, end, s.substring(i, end), out, depth);
  }

  private static int word(String s, int at, int end, String name, StringBuilder out, int depth) {
    String symbol = TEXT_SYMBOLS.get(name);
    if (symbol != null) {
      out.append(symbol);
      return end;
    }
    if (DECLARATIONS.contains(name)) {
      return skipSpaces(s, end);
    }
    if (TRANSPARENT.contains(name)) {
      return end;
    }
    if (CITATIONS.contains(name) || name.equals("ref") || name.equals("eqref")) {
      int open = argumentStart(s, end);
      int close = open < 0 ? -1 : s.indexOf('}', open);
      if (close < 0) {
        return end;
      }
      String key = s.substring(open + 1, close);
      out.append(name.equals("ref") || name.equals("eqref") ? key : "[" + key + "]");
      return close + 1;
    }
    if (name.equals("href") || LatexSymbols.hidesArgument(name)) {
      int open = argumentStart(s, end);
      int close = open < 0 ? -1 : s.indexOf('}', open);
      return close < 0 ? end : close + 1;
    }
    // A math command outside math (titles like "\ell_1,p-Norm"): its Unicode form.
    TexSource source = new TexSource(s, at);
    source.skipCommand(0);
    int stop = source.pos();
    out.append(composed(LatexMath.convert(s.substring(at, stop), false, depth + 1)));
    return stop;
  }

  /** Where the braced argument after a command starts (its '{'), past an optional [...]. */
  private static int argumentStart(String s, int from) {
    int i = skipSpaces(s, from);
    if (i < s.length() && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      i = close < 0 ? i : skipSpaces(s, close + 1);
    }
    return i < s.length() && s.charAt(i) == '{' ? i : -1;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * True when there is nothing LaTeX would change in the text (most titles): no backslash, brace,
   * tilde, backquote, {@code ''} or {@code --}, and, where formulas count, no dollar.
   */
  static boolean isPlain(String text, boolean formulas) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean special =
          switch (c) {
            case '\\', '{', '}', '~', '`' -> true;
            case '$' -> formulas;
            case '\'', '-' -> i + 1 < text.length() && text.charAt(i + 1) == c;
            default -> false;
          };
      if (special) {
        return false;
      }
    }
    return true;
  }

  /** Composes letter and combining accent into one character where Unicode has one (Õ). */
  static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u0300' && c <= '\u036F') || (c >= '\u20D0' && c <= '\u20FF')) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
