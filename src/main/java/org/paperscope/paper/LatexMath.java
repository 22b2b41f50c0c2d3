package org.paperscope.paper;

import org.paperscope.paper.LatexSymbols.Kind;
import org.paperscope.paper.LatexSymbols.Style;
import org.paperscope.paper.LatexSymbols.Symbol;

/**
 * Converts the source of one formula (what stands between {@code $} and {@code $}) to readable
 * Unicode: {@code O(d\log{K})} to "O(d log K)", {@code \ell_\infty} to "ℓ_∞", {@code x^{-1}} to
 * "x⁻¹", {@code \tilde{O}(\sqrt{T})} to "Õ(√T)". Relations and binary operators get a space on each
 * side as TeX typesets them; unknown commands keep their name without the backslash.
 *
 * <p>Never throws; linear in the length of the source for nesting up to {@link #MAX_DEPTH}, deeper
 * groups are flattened. One instance converts one formula and is not shared.
 */
final class LatexMath {
  /** Nesting beyond this is flattened instead of recursed into, so no input can exhaust stack. */
  static final int MAX_DEPTH = 8;

  /** No known command is longer ("longleftrightarrow" is 18), so no longer prefix is tried. */
  private static final int LONGEST_COMMAND = 20;

  private final TexSource in;
  private final boolean compact;
  private final int depth;
  private final StringBuilder out = new StringBuilder();

  /** The class of the last thing written; null before anything is. */
  private Kind last;

  /** Whitespace in the source since the last thing written. */
  private boolean gap;

  /** A relation, operator or punctuation wants a space before whatever comes next. */
  private boolean spaceNext;

  private LatexMath(String tex, boolean compact, int depth) {
    this.in = new TexSource(tex);
    this.compact = compact;
    this.depth = depth;
  }

  /** The Unicode form of a formula's source, stripped. */
  static String convert(String tex) {
    return convert(tex, false, 0);
  }

  /**
   * @param compact true inside superscripts and subscripts, where operators get no spaces
   * @param depth how deeply this formula is nested in others
   */
  static String convert(String tex, boolean compact, int depth) {
    if (depth > MAX_DEPTH) {
      return LatexForms.flat(tex);
    }
    LatexMath math = new LatexMath(tex, compact, depth);
    math.run();
    return math.out.toString().strip();
  }

  private void run() {
    while (!in.atEnd()) {
      char c = in.peek();
      if (Character.isWhitespace(c)) {
        gap = true;
        in.skip(1);
        continue;
      }
      switch (c) {
        case '\\' -> apply(in.commandName());
        case '{' -> write(nested(in.group()), Kind.ORDINARY);
        case '}' -> in.skip(1);
        case '^', '_' -> script(c == '^');
        case '\'' -> primes();
        case '~', '&' -> {
          in.skip(1);
          space();
        }
        default -> character(c);
      }
    }
  }

  private void character(char c) {
    if (in.startsWith(":=")) {
      in.skip(2);
      write("≔", Kind.RELATION);
      return;
    }
    int codePoint = in.next();
    Kind kind =
        switch (c) {
          case '+', '-' -> Kind.BINARY;
          case '=', '<', '>', ':' -> Kind.RELATION;
          case ',', ';' -> Kind.PUNCTUATION;
          case '(', '[' -> Kind.OPEN;
          case ')', ']' -> Kind.CLOSE;
          default -> Kind.ORDINARY;
        };
    write(c == '-' ? "−" : Character.toString(codePoint), kind);
  }

  /**
   * Writes a piece of output with TeX's spacing: a space around relations and binary operators
   * (unless the operator is unary: first, or after another operator or an opening bracket), after
   * punctuation, around function names and large operators, and where the source had whitespace
   * between two words.
   */
  private void write(String text, Kind kind) {
    if (text.isEmpty()) {
      return;
    }
    boolean unary =
        kind == Kind.BINARY
            && (last == null
                || last == Kind.BINARY
                || last == Kind.RELATION
                || last == Kind.OPEN
                || last == Kind.PUNCTUATION
                || last == Kind.OPERATOR);
    // A binary operator with nothing after it (10$\times$) is an ordinary symbol in TeX.
    Kind k = unary || (kind == Kind.BINARY && in.restIsBlank()) ? Kind.ORDINARY : kind;
    boolean spaced = !compact && (k == Kind.BINARY || k == Kind.RELATION);
    boolean afterOperator =
        last == Kind.OPERATOR && k != Kind.OPEN && k != Kind.CLOSE && k != Kind.PUNCTUATION;
    boolean beforeOperator = k == Kind.OPERATOR && last != null && last != Kind.OPEN;
    boolean betweenWords = gap && endsWithWord() && Character.isLetterOrDigit(text.codePointAt(0));
    if (spaced || (spaceNext && !compact) || afterOperator || beforeOperator || betweenWords) {
      space();
    }
    out.append(text);
    last = k;
    gap = false;
    spaceNext = !compact && (spaced || k == Kind.PUNCTUATION);
  }

  private boolean endsWithWord() {
    return !out.isEmpty() && Character.isLetterOrDigit(out.codePointBefore(out.length()));
  }

  private void space() {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private void apply(String name) {
    String width = LatexSymbols.space(name);
    if (width != null || name.equals("\\")) {
      if (!"".equals(width)) {
        space();
      }
      return;
    }
    if (LatexSymbols.isIgnored(name)) {
      skipNullDelimiter();
      return;
    }
    Symbol symbol = LatexSymbols.symbol(name);
    if (symbol != null) {
      write(symbol.text(), symbol.kind());
      return;
    }
    Style style = LatexSymbols.style(name);
    if (style != null) {
      write(LatexSymbols.styled(style, nested(in.argument())), Kind.ORDINARY);
      return;
    }
    if (LatexSymbols.takesText(name)) {
      write(LatexText.convert(in.argument(), depth + 1), Kind.ORDINARY);
      return;
    }
    Character mark = LatexSymbols.accent(name);
    if (mark != null) {
      write(LatexForms.accented(nested(in.argument()), mark), Kind.ORDINARY);
      return;
    }
    structure(name);
  }

  /** Commands that build something out of their arguments, then the unknown ones. */
  private void structure(String name) {
    switch (name) {
      case "frac", "dfrac", "tfrac", "cfrac" -> {
        String numerator = nested(in.argument());
        write(LatexForms.fraction(numerator, nested(in.argument())), Kind.ORDINARY);
      }
      case "binom", "dbinom", "tbinom" -> {
        String n = nested(in.argument());
        write("C(" + n + ", " + nested(in.argument()) + ")", Kind.ORDINARY);
      }
      case "sqrt" -> {
        String index = nested(in.optional());
        write(LatexForms.root(index, nested(in.argument())), Kind.ORDINARY);
      }
      case "operatorname" -> {
        if (in.startsWith("*")) {
          in.skip(1);
        }
        write(LatexText.convert(in.argument(), depth + 1), Kind.OPERATOR);
      }
      case "not" -> write(LatexForms.negated(nested(in.argument())), Kind.RELATION);
      case "textcolor" -> {
        in.argument();
        write(nested(in.argument()), Kind.ORDINARY);
      }
      case "over" -> write("/", Kind.ORDINARY);
      default -> {
        if (LatexSymbols.hidesArgument(name)) {
          in.argument();
        } else {
          unknown(name);
        }
      }
    }
  }

  /**
   * A command this class does not know: a paper's own macro ({@code \cO} for {@code \mathcal{O}},
   * {@code \bx} for a bold x), a known command run into its argument by a lossy export ({@code
   * \sqrtT}, {@code \mathbbR}), a macro with an argument ({@code \norm{x}}, shown as the argument),
   * or else its name without the backslash.
   */
  private void unknown(String name) {
    if (name.length() <= 1) {
      if (!name.isEmpty() && ("()[]<>/|".contains(name) || Character.isLetter(name.charAt(0)))) {
        write(name, Kind.ORDINARY);
      }
      return;
    }
    if (name.length() == 2 && name.charAt(0) == 'c' && Character.isUpperCase(name.charAt(1))) {
      write(LatexSymbols.styled(Style.SCRIPT, name.substring(1)), Kind.ORDINARY);
      return;
    }
    if (name.length() == 2 && name.charAt(0) == 'b') {
      write(name.substring(1), Kind.ORDINARY);
      return;
    }
    for (int cut = Math.min(name.length() - 1, LONGEST_COMMAND); cut >= 2; cut--) {
      String head = name.substring(0, cut);
      String tail = name.substring(cut);
      int arity = LatexSymbols.arity(head);
      if (arity >= 0 && (tail.length() == 1 || isUpperCase(tail))) {
        String source = arity == 0 ? "\\" + head + "{}" + tail : "\\" + head + "{" + tail + "}";
        write(convert(source, true, depth + 1), Kind.ORDINARY);
        return;
      }
    }
    in.skipWhitespace();
    String argument = !in.atEnd() && in.peek() == '{' ? nested(in.group()) : "";
    write(argument.isEmpty() ? name : argument, Kind.ORDINARY);
  }

  private void script(boolean superscript) {
    in.skip(1);
    String text = convert(in.argument(), true, depth + 1);
    if (!text.isEmpty()) {
      // A script attaches to what precedes it, so it takes no spacing of its own.
      out.append(LatexForms.script(text, superscript));
      gap = false;
    }
  }

  private void primes() {
    int count = 0;
    while (in.startsWith("'")) {
      in.skip(1);
      count++;
    }
    out.append(count == 2 ? "″" : count == 3 ? "‴" : "′".repeat(count));
    gap = false;
  }

  /** Converts an argument one level deeper, in the same mode. */
  private String nested(String tex) {
    return convert(tex, compact, depth + 1);
  }

  /** {@code \left.} and {@code \right.} stand for no delimiter at all. */
  private void skipNullDelimiter() {
    in.skipWhitespace();
    if (in.startsWith(".")) {
      in.skip(1);
    }
  }

  private static boolean isUpperCase(String text) {
    return text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }
}
