package org.paperscope.paper;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * LaTeX in titles, abstracts and keywords made readable as Unicode, for places that cannot typeset
 * it (a terminal, a CSV cell, a feed title): "Adam$^+$" becomes "Adam⁺", {@code $20.09\%$}
 * "20.09%", {@code 10$\times$} "10×", {@code ``memory''} "“memory”", {@code $\tilde{O}(\sqrt{T})$}
 * "Õ(√T)".
 *
 * <p>Math is what stands between {@code $…$}, {@code $$…$$}, {@code \(…\)} or {@code \[…\]}; a
 * dollar sign counts as a delimiter only where a formula plausibly is, so prices ("$5 and $10"),
 * escaped {@code \$} and a lone {@code $} stay as they are. Outside math, escaped specials, TeX
 * quotes, dashes, accents and font commands are converted and braces dropped. Commands with no
 * Unicode form keep their name without the backslash.
 *
 * <p>Never throws, for any input; linear in the length of the text. Stateless and thread-safe.
 */
public final class LatexText {
  /** Longest formula taken as math; the longest between dollars in shared/data is 1,178 chars. */
  static final int MAX_MATH_CHARS = 2_000;

  private LatexText() {}

  /**
   * A part of a text: math with its TeX source (delimiters excluded), or text ({@code tex} null).
   */
  public record Span(int start, int end, String tex) {
    public boolean isMath() {
      return tex != null;
    }
  }

  /**
   * A part of a text ready to show: its Unicode form, the TeX source when it is math that a page
   * may typeset ({@code null} for text, and for math with a highlight inside, which is shown in its
   * Unicode form), and whether it is highlighted.
   */
  public record Run(String text, String tex, boolean marked) {}

  /** The text with its LaTeX converted to Unicode; null stays null. */
  public static String toUnicode(String text) {
    return text == null ? null : convert(text, 0);
  }

  /** The Unicode form of one formula's source, as between {@code $} signs. */
  public static String mathToUnicode(String tex) {
    return LatexProse.composed(LatexMath.convert(tex));
  }

  /**
   * The text cut into runs of math and text, each converted, with highlights kept: a text run is
   * cut where highlighting starts or stops, a formula with any highlighted character becomes one
   * highlighted run in its Unicode form.
   *
   * @param marked which characters of {@code text} are highlighted
   */
  public static List<Run> runs(String text, BitSet marked) {
    List<Run> out = new ArrayList<>();
    for (Span span : spans(text)) {
      if (span.isMath()) {
        int first = marked.nextSetBit(span.start());
        boolean hit = first >= 0 && first < span.end();
        add(out, new Run(mathToUnicode(span.tex()), hit ? null : span.tex(), hit));
        continue;
      }
      for (int at = span.start(); at < span.end(); ) {
        boolean on = marked.get(at);
        int next = on ? marked.nextClearBit(at) : marked.nextSetBit(at);
        int end = next < 0 || next > span.end() ? span.end() : next;
        add(out, new Run(LatexProse.convert(text.substring(at, end), 0), null, on));
        at = end;
      }
    }
    return out;
  }

  /** Appends a run, joining it to the previous one when both are text highlighted alike. */
  private static void add(List<Run> runs, Run run) {
    if (run.text().isEmpty()) {
      return;
    }
    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (last != null && last.tex() == null && run.tex() == null && last.marked() == run.marked()) {
      runs.set(runs.size() - 1, new Run(last.text() + run.text(), null, run.marked()));
    } else {
      runs.add(run);
    }
  }

  /** The text cut into math and text spans, in order, covering all of it. */
  public static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int textStart = 0;
    int n = text.length();
    int[] closers = {-1, -1};
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int end = c == '$' ? dollarMath(text, i) : c == '\\' ? bracketMath(text, i, closers) : -1;
      if (end < 0) {
        i += c == '\\' ? 2 : 1;
        continue;
      }
      int delimiter = c == '\\' || text.startsWith("$$", i) ? 2 : 1;
      if (i > textStart) {
        out.add(new Span(textStart, i, null));
      }
      out.add(new Span(i, end, text.substring(i + delimiter, end - delimiter)));
      textStart = end;
      i = end;
    }
    if (textStart < n) {
      out.add(new Span(textStart, n, null));
    }
    return out;
  }

  /**
   * Where the formula opened by the unescaped {@code $} at {@code open} ends (after its closing
   * delimiter), or -1 when this dollar opens none. As in Pandoc, a closing dollar followed by a
   * digit ends no formula ("$5 and $10" is money), unless what it closes is plainly math ({@code
   * $\sim$60k}, {@code $<$600M}); a formula with space inside a delimiter must look like math too
   * ({@code $ k $}, {@code $ s>3/4 $}, but not {@code $ 5 and $}).
   */
  private static int dollarMath(String text, int open) {
    boolean display = text.startsWith("$$", open);
    int from = open + (display ? 2 : 1);
    int close = nextDollar(text, from);
    if (close < 0 || close == from || close - from > MAX_MATH_CHARS) {
      return -1;
    }
    if (display) {
      return close + 1 < text.length() && text.charAt(close + 1) == '$' ? close + 2 : -1;
    }
    String content = text.substring(from, close);
    boolean digitAfter = close + 1 < text.length() && Character.isDigit(text.charAt(close + 1));
    boolean plainlyMath =
        content.indexOf('\\') >= 0 || content.chars().noneMatch(Character::isLetterOrDigit);
    if (digitAfter && !plainlyMath) {
      return -1;
    }
    boolean padded =
        Character.isWhitespace(content.charAt(0))
            || Character.isWhitespace(content.charAt(content.length() - 1));
    if (padded && !looksLikeMath(content)) {
      return -1;
    }
    return close + 1;
  }

  private static int nextDollar(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$') {
        return i;
      }
    }
    return -1;
  }

  /** A command, script, brace or comparison in it, or a single token such as "k" or "(A,q)". */
  private static boolean looksLikeMath(String content) {
    String token = content.strip();
    boolean oneToken = !token.isEmpty();
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if ("\\^_{}=<>+".indexOf(c) >= 0) {
        return true;
      }
      oneToken &= !Character.isWhitespace(c);
    }
    return oneToken;
  }

  /**
   * Where {@code \(…\)} or {@code \[…\]} opened at {@code open} ends, or -1.
   *
   * @param closers where the next {@code \)} and {@code \]} are (-1 before the first search, the
   *     text's length when there is none), kept across the openers of one text so the scans for
   *     them stay linear
   */
  private static int bracketMath(String text, int open, int[] closers) {
    if (open + 1 >= text.length()) {
      return -1;
    }
    char kind = text.charAt(open + 1);
    if (kind != '(' && kind != '[') {
      return -1;
    }
    int slot = kind == '(' ? 0 : 1;
    if (closers[slot] < open + 2) {
      closers[slot] = nextCloser(text, open + 2, kind == '(' ? ')' : ']');
    }
    int close = closers[slot];
    boolean fits = close < text.length() && close - (open + 2) <= MAX_MATH_CHARS;
    return fits && close > open + 2 ? close + 2 : -1;
  }

  /** The next unescaped backslash followed by {@code bracket}, or the text's length. */
  private static int nextCloser(String text, int from, char bracket) {
    for (int i = from; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        if (text.charAt(i + 1) == bracket) {
          return i;
        }
        i++;
      }
    }
    return text.length();
  }

  /** Converts text and the formulas in it; {@code depth} counts enclosing formulas. */
  static String convert(String text, int depth) {
    if (LatexProse.isPlain(text, true)) {
      return text;
    }
    if (depth > LatexMath.MAX_DEPTH) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (Span span : spans(text)) {
      out.append(
          span.isMath()
              ? LatexProse.composed(LatexMath.convert(span.tex(), false, depth + 1))
              : LatexProse.convert(text.substring(span.start(), span.end()), depth));
    }
    return out.toString();
  }
}
