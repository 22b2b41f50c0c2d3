package org.paperscope.search;

import org.paperscope.search.QueryToken.Kind;

/**
 * Cuts a query string into {@link QueryToken}s on demand, left to right, in time linear in the
 * length of the string. Not thread-safe: one lexer per parse.
 *
 * <p>A word is a maximal run of characters other than separators, quotes, parentheses and {@code
 * ':'}; a word directly followed by {@code ':'} is a field name. {@code '-'} and {@code '+'} are
 * operators only where a token starts and a word follows at once, so {@code multi-task} stays one
 * word and the dash of a pasted "Title - Subtitle" negates nothing.
 *
 * <p>Punctuation that is not syntax is skipped as a separator: a {@code ':'} that follows no word
 * (pasted {@code "Why Should I Trust You?": …}), a lone {@code '-'} or {@code '+'}, and words with
 * no letter, digit or {@code '*'} in them ({@code &}, {@code —}, {@code …}).
 */
final class QueryLexer {
  private final String query;
  private int next;

  /** Index of the query's last letter or digit, -1 when it has none. */
  private final int lastWordChar;

  /** Index of the query's last quote character, -1 when it has none. */
  private final int lastQuote;

  QueryLexer(String query) {
    this.query = query;
    int last = query.length() - 1;
    while (last >= 0 && !Character.isLetterOrDigit(query.charAt(last))) {
      last--;
    }
    this.lastWordChar = last;
    int quote = query.length() - 1;
    while (quote >= 0 && !isQuote(query.charAt(quote))) {
      quote--;
    }
    this.lastQuote = quote;
  }

  /** Returns the next token, {@link Kind#EOF} at the end and every time after. */
  QueryToken next() throws QuerySyntaxException {
    while (true) {
      next = skipSeparators(query, next);
      if (next >= query.length()) {
        return new QueryToken(Kind.EOF, "", query.length());
      }
      QueryToken token = token(next);
      if (token != null) {
        return token;
      }
    }
  }

  /** The token starting at {@code start}, or null when punctuation there was skipped. */
  private QueryToken token(int start) throws QuerySyntaxException {
    char c = query.charAt(start);
    return switch (c) {
      case '(' -> symbol(Kind.LPAREN, start);
      case ')' -> symbol(Kind.RPAREN, start);
      case '-' -> operatorOrPunctuation(Kind.MINUS, start);
      case '+' -> operatorOrPunctuation(Kind.PLUS, start);
      case ':' -> skip(start);
      default -> isQuote(c) ? phrase(start) : word(start);
    };
  }

  /**
   * A sign is an operator when a word, quote or parenthesis follows it at once (after any further
   * signs: {@code --x}); otherwise it is punctuation, such as the dash of "Title - Subtitle".
   */
  private QueryToken operatorOrPunctuation(Kind kind, int start) {
    if (start > 0
        && !isSeparator(query.charAt(start - 1))
        && "(-+".indexOf(query.charAt(start - 1)) < 0) {
      return skip(start); // joined to what precedes it: "(Non)-Convex" is a hyphen
    }
    int after = start + 1;
    while (after < query.length() && (query.charAt(after) == '-' || query.charAt(after) == '+')) {
      after++;
    }
    boolean operand =
        after < query.length()
            && (isWordChar(query.charAt(after))
                || isQuote(query.charAt(after))
                || query.charAt(after) == '(');
    return operand ? symbol(kind, start) : skip(start);
  }

  private QueryToken skip(int start) {
    next = start + 1;
    return null;
  }

  /** True when the query is a single {@code *}, possibly padded with separators. */
  static boolean isLoneStar(String query) {
    int start = skipSeparators(query, 0);
    return start < query.length()
        && query.charAt(start) == '*'
        && skipSeparators(query, start + 1) == query.length();
  }

  private QueryToken symbol(Kind kind, int start) {
    next = start + 1;
    return new QueryToken(kind, query.substring(start, next), start);
  }

  private QueryToken phrase(int start) throws QuerySyntaxException {
    int end = start + 1;
    while (end < query.length() && !isQuote(query.charAt(end))) {
      end++;
    }
    if (end == query.length()) {
      throw new QuerySyntaxException("unclosed quote", start);
    }
    String text = query.substring(start + 1, end);
    if (skipSeparators(text, 0) == text.length()) {
      throw new QuerySyntaxException("empty phrase: put words between the quotes", start);
    }
    next = end + 1;
    return new QueryToken(Kind.PHRASE, text, start);
  }

  private QueryToken word(int start) {
    int end = start;
    // A quote inside a word that no later quote closes (LaTeX's H\"{o}lder in a pasted title)
    // opens no phrase.
    while (end < query.length()
        && (isWordChar(query.charAt(end)) || (isQuote(query.charAt(end)) && end >= lastQuote))) {
      end++;
    }
    String text = query.substring(start, end);
    if (end < query.length() && query.charAt(end) == ':') {
      next = end + 1;
      return new QueryToken(Kind.FIELD, text, start);
    }
    next = end;
    Kind kind =
        switch (text) {
          case "AND" -> Kind.AND;
          case "OR" -> Kind.OR;
          case "NOT" -> Kind.NOT;
          default -> Kind.WORD;
        };
    if (kind != Kind.WORD && !hasWordAfter(end)) {
      kind = Kind.WORD; // a trailing "AND" ends a pasted or cut-off title; it joins nothing
    }
    return new QueryToken(kind, text, start);
  }

  private static int skipSeparators(String s, int from) {
    int i = from;
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whitespace, including the no-break spaces that pasted text brings, and control characters. */
  private boolean hasWordAfter(int from) {
    return lastWordChar >= from;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  /** Straight and typographic double quotes: people paste “ ” and „ from documents. */
  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  private static boolean isWordChar(char c) {
    return !isSeparator(c) && !isQuote(c) && c != '(' && c != ')' && c != ':';
  }
}
