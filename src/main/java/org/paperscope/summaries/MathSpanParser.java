package org.paperscope.summaries;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a formula ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}) where commonmark's
 * inline parser meets a {@code $} or a backslash, into one opaque {@link MathNode}: nothing inside
 * becomes emphasis, a link or an escape. Running inside the inline parser means code spans and code
 * blocks are never read (commonmark consumes them first), a formula never leaves its paragraph,
 * heading or table cell, and the quote or list markers of a formula spanning lines are not part of
 * its TeX.
 *
 * <p>Dollars follow pandoc's {@code tex_math_dollars}: an inline {@code $} opens only before a
 * non-space and closes only after a non-space and not before a digit, so "costs $5 and $10" stays
 * text; an escaped {@code \$} is a dollar. Inside a formula a backslash escapes the next character,
 * so {@code \$} or {@code \\)} do not close it. A delimiter without its closer stays text.
 *
 * <p>One instance serves one block's inline content (commonmark creates one per block), so it may
 * remember where a search for a closer already failed; that keeps a block of thousands of unclosed
 * {@code \(} linear instead of quadratic.
 */
final class MathSpanParser implements InlineContentParser {
  /** Creates a parser per block, triggered by {@code $} and a backslash. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('$', '\\');
    }

    @Override
    public InlineContentParser create() {
      return new MathSpanParser();
    }
  }

  /** Per delimiter, the earliest content start from which no closer was found up to the end. */
  private final Map<MathDelimiter, Position> unclosedFrom = new EnumMap<>(MathDelimiter.class);

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    MathDelimiter delimiter = MathDelimiter.open(scanner);
    if (delimiter == null || !opensBefore(delimiter, scanner.peek())) {
      return ParsedInline.none();
    }
    Position start = scanner.position();
    Position unclosed = unclosedFrom.get(delimiter);
    if (unclosed != null && start.compareTo(unclosed) >= 0) {
      return ParsedInline.none();
    }
    return close(scanner, delimiter, start);
  }

  private static boolean opensBefore(MathDelimiter delimiter, char next) {
    return next != Scanner.END && (delimiter != MathDelimiter.DOLLAR || !isSpace(next));
  }

  /** Scans from {@code start} (just after the opener) to the closer and builds the formula. */
  private ParsedInline close(Scanner scanner, MathDelimiter delimiter, Position start) {
    char previous = 0;
    while (scanner.hasNext()) {
      Position end = scanner.position();
      if (scanner.next(delimiter.close())) {
        return formula(scanner, delimiter, start, end, previous);
      }
      previous = scanner.peek();
      scanner.next();
      if (previous == '\\' && scanner.hasNext()) {
        scanner.next(); // escaped: never a closer, and "\ " is not a space before a closing "$"
      }
    }
    unclosedFrom.put(delimiter, start);
    return ParsedInline.none();
  }

  private static ParsedInline formula(
      Scanner scanner, MathDelimiter delimiter, Position start, Position end, char previous) {
    // pandoc: the first unescaped "$" decides; after a space or before a digit there is no formula.
    boolean dollarRefused =
        delimiter == MathDelimiter.DOLLAR
            && (isSpace(previous) || Character.isDigit(scanner.peek()));
    String tex = scanner.getSource(start, end).getContent();
    if (dollarRefused || tex.isEmpty()) {
      return ParsedInline.none();
    }
    return ParsedInline.of(new MathNode(delimiter, tex), scanner.position());
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
