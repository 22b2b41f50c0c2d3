package org.paperscope.paper;

/**
 * The Unicode forms of the structures a formula builds from its parts: fractions "a/b" and "(a +
 * b)/2", roots "√x" and "√(x + 1)", accents "x̂", negated relations "≠", scripts "x²" and
 * "x^(n+1)". Stateless and thread-safe.
 */
final class LatexForms {
  private static final String NEGATABLE = "=∈∼≤≥⊂⊆∣∥≅";
  private static final String NEGATED = "≠∉≁≰≱⊄⊈∤∦≇";

  private LatexForms() {}

  static String fraction(String numerator, String denominator) {
    return grouped(numerator) + "/" + grouped(denominator);
  }

  /** A root sign with its index (√, ∛, ∜, ⁵√) before what it covers. */
  static String root(String index, String radicand) {
    String sign =
        switch (index) {
          case "" -> "√";
          case "3" -> "∛";
          case "4" -> "∜";
          default -> {
            String raised = LatexSymbols.superscript(index);
            yield (raised == null ? "(" + index + ")" : raised) + "√";
          }
        };
    return sign + (isNumber(radicand) || isLetter(radicand) ? radicand : bracketed(radicand));
  }

  /**
   * A superscript or subscript in raised or lowered characters where Unicode has them all,
   * otherwise after ^ or _, bracketed unless it is one character or one word.
   */
  static String script(String text, boolean superscript) {
    String mapped = superscript ? LatexSymbols.superscript(text) : LatexSymbols.subscript(text);
    if (mapped != null) {
      return mapped;
    }
    boolean word =
        text.codePointCount(0, text.length()) == 1
            || text.codePoints().allMatch(Character::isLetterOrDigit);
    return (superscript ? "^" : "_") + (word ? text : "(" + text + ")");
  }

  /** Every letter and digit of the text with the combining mark after it. */
  static String accented(String text, char mark) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    text.codePoints()
        .forEach(
            c -> {
              out.appendCodePoint(c);
              if (Character.isLetterOrDigit(c)) {
                out.append(mark);
              }
            });
    return out.toString();
  }

  /** The negated relation (≠ for =), or the relation with a combining long solidus. */
  static String negated(String relation) {
    int at = relation.length() == 1 ? NEGATABLE.indexOf(relation.charAt(0)) : -1;
    return at >= 0 ? String.valueOf(NEGATED.charAt(at)) : relation + "\u0338";
  }

  /** What is left of a formula nested too deeply to convert: its text without TeX syntax. */
  static String flat(String tex) {
    StringBuilder out = new StringBuilder(tex.length());
    for (int i = 0; i < tex.length(); i++) {
      char c = tex.charAt(i);
      if ("\\{}$^_".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** The text in parentheses unless it is one word, number or bracketed group. */
  private static String grouped(String text) {
    boolean atom = text.codePoints().allMatch(c -> isWordPart(c) || c == '.');
    return atom || isBracketed(text) ? text : "(" + text + ")";
  }

  private static String bracketed(String text) {
    return isBracketed(text) ? text : "(" + text + ")";
  }

  private static boolean isBracketed(String text) {
    return text.startsWith("(") && text.indexOf(')') == text.length() - 1;
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** One letter, with scripts and accents on it. */
  private static boolean isLetter(String text) {
    return !text.isEmpty()
        && Character.isLetter(text.codePointAt(0))
        && text.codePoints()
            .skip(1)
            .allMatch(
                c ->
                    LatexSymbols.isScript(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /** Letters, digits, scripts (², ᵢ) and combining accents. */
  private static boolean isWordPart(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.OTHER_NUMBER
        || type == Character.NON_SPACING_MARK
        || LatexSymbols.isScript(c);
  }
}
