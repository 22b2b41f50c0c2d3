package org.paperscope.search;

/**
 * One token of a PaperScope query, as cut by {@link QueryLexer}.
 *
 * @param kind what the token is
 * @param text the word, the phrase content (without quotes), the field name as typed (without the
 *     colon), or the operator as typed; empty for {@link Kind#EOF}
 * @param position 0-based character offset of the token's first character in the query
 */
record QueryToken(Kind kind, String text, int position) {

  /** The kinds of token the query language has. */
  enum Kind {
    WORD,
    PHRASE,
    FIELD,
    LPAREN,
    RPAREN,
    AND,
    OR,
    NOT,
    MINUS,
    PLUS,
    EOF
  }

  /** How the token is named in a message: keywords bare, symbols quoted. */
  String label() {
    return switch (kind) {
      case AND, OR, NOT -> text;
      case FIELD -> "'" + text + ":'";
      default -> "'" + text + "'";
    };
  }
}
