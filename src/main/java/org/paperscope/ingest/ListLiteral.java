package org.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a list written as a Python or JSON list literal of strings, as pandas writes list columns
 * to CSV: {@code ['math.ST', 'stat.ML']}, {@code ["Ken'ichi Yoshida"]}, {@code []}.
 *
 * <p>Strings may use either quote; a backslash escapes the next character ({@code \n} and {@code
 * \t} become whitespace). The static API is thread-safe: each call has its own parser.
 */
final class ListLiteral {
  private final String field;
  private final String text;
  private int pos;

  private ListLiteral(String field, String text) {
    this.field = field;
    this.text = text;
  }

  /** Returns true when {@code text} (already trimmed) is bracketed like a list literal. */
  static boolean looksLikeList(String text) {
    return text.length() >= 2 && text.startsWith("[") && text.endsWith("]");
  }

  /**
   * Returns the strings of the literal {@code text}, which must {@link #looksLikeList look like a
   * list}.
   *
   * @throws MalformedRecordException when an element is not a quoted string or a quote is open
   */
  static List<String> parse(String field, String text) throws MalformedRecordException {
    return new ListLiteral(field, text).elements();
  }

  private List<String> elements() throws MalformedRecordException {
    List<String> out = new ArrayList<>();
    pos = 1;
    skipSpaces();
    while (peek() != ']') {
      out.add(quoted());
      skipSpaces();
      if (peek() == ',') {
        pos++;
        skipSpaces();
      } else if (peek() != ']') {
        throw malformed("expected ',' or ']'");
      }
    }
    if (pos != text.length() - 1) {
      throw malformed("text after ']'");
    }
    return out;
  }

  private String quoted() throws MalformedRecordException {
    char quote = peek();
    if (quote != '\'' && quote != '"') {
      throw malformed("expected a quoted string");
    }
    StringBuilder value = new StringBuilder();
    for (pos++; pos < text.length() - 1; pos++) {
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        return value.toString();
      }
      if (c == '\\' && pos + 1 < text.length() - 1) {
        c = unescape(text.charAt(++pos));
      }
      value.append(c);
    }
    throw malformed("unterminated string");
  }

  private static char unescape(char c) {
    return switch (c) {
      case 'n', 't', 'r' -> ' ';
      default -> c;
    };
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : ']';
  }

  private void skipSpaces() {
    while (pos < text.length() - 1 && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private MalformedRecordException malformed(String problem) {
    return new MalformedRecordException(
        field + ": malformed list literal (" + problem + " at character " + (pos + 1) + ")");
  }
}
