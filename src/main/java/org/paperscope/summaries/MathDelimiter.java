package org.paperscope.summaries;

import org.commonmark.parser.beta.Scanner;

/** The four ways a summary marks a formula, with the opening and closing text of each. */
enum MathDelimiter {
  // $$ before $: a "$$" is display math, not an empty inline formula.
  DOUBLE_DOLLAR("$$", "$$", true),
  DOLLAR("$", "$", false),
  PAREN("\\(", "\\)", false),
  BRACKET("\\[", "\\]", true);

  private final String open;
  private final String close;
  private final boolean display;

  MathDelimiter(String open, String close, boolean display) {
    this.open = open;
    this.close = close;
    this.display = display;
  }

  /**
   * Consumes the opening delimiter at the scanner's position.
   *
   * @return the delimiter, or null (the scanner then stands anywhere) when none opens here
   */
  static MathDelimiter open(Scanner scanner) {
    for (MathDelimiter delimiter : values()) {
      if (scanner.next(delimiter.open)) {
        return delimiter;
      }
    }
    return null;
  }

  String open() {
    return open;
  }

  String close() {
    return close;
  }

  /** Whether the formula is typeset on its own line ({@code $$…$$}, {@code \[…\]}). */
  boolean display() {
    return display;
  }
}
