package org.paperscope.paper;

/**
 * A position in TeX source and the ways to read on from it: a command name, an argument (a braced
 * group, one command with its arguments, or one character), an optional {@code [argument]}.
 * Unbalanced braces never fail a read: an unclosed group runs to the end.
 *
 * <p>Mutable; one per conversion, never shared.
 */
final class TexSource {
  private final String text;
  private int pos;

  TexSource(String text) {
    this(text, 0);
  }

  TexSource(String text, int pos) {
    this.text = text;
    this.pos = pos;
  }

  int pos() {
    return pos;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  /** The character at the position; only when not {@link #atEnd}. */
  char peek() {
    return text.charAt(pos);
  }

  boolean startsWith(String prefix) {
    return text.startsWith(prefix, pos);
  }

  /** Moves past one code point and returns it. */
  int next() {
    int codePoint = text.codePointAt(pos);
    pos += Character.charCount(codePoint);
    return codePoint;
  }

  void skip(int chars) {
    pos = Math.min(text.length(), pos + chars);
  }

  /** Whether only whitespace is left. */
  boolean restIsBlank() {
    for (int i = pos; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /**
   * The name of the command whose backslash is at the position, moving past it: its ASCII letters,
   * or the one character after the backslash; "" for a backslash at the very end.
   */
  String commandName() {
    int start = ++pos;
    if (pos >= text.length()) {
      return "";
    }
    if (!isAsciiLetter(text.charAt(pos))) {
      pos++;
    } else {
      while (pos < text.length() && isAsciiLetter(text.charAt(pos))) {
        pos++;
      }
    }
    return text.substring(start, pos);
  }

  /** The source of the next argument: a braced group's content, one command, or one character. */
  String argument() {
    skipWhitespace();
    if (atEnd()) {
      return "";
    }
    char c = peek();
    if (c == '{') {
      return group();
    }
    int start = pos;
    if (c == '\\') {
      skipCommand(0);
    } else {
      next();
    }
    return text.substring(start, pos);
  }

  /**
   * Moves past the command whose backslash is at the position and, when it takes arguments, past
   * those too; {@code level} counts commands met as arguments, and past {@link LatexMath#MAX_DEPTH}
   * their arguments are left to the caller, so no input nests this deeper.
   */
  void skipCommand(int level) {
    String name = commandName();
    int arity = level < LatexMath.MAX_DEPTH ? LatexSymbols.arity(name) : 0;
    if (arity < 0) {
      // An unknown macro takes the group right after it, as LatexMath shows it.
      arity = !atEnd() && peek() == '{' ? 1 : 0;
    }
    for (int i = 0; i < arity; i++) {
      skipWhitespace();
      if (!atEnd() && peek() == '\\') {
        skipCommand(level + 1);
      } else {
        argument();
      }
    }
  }

  /** The content of the braced group at the position, moving past it. */
  String group() {
    int open = pos;
    int level = 0;
    for (; pos < text.length(); pos++) {
      char c = text.charAt(pos);
      if (c == '\\') {
        pos++;
      } else if (c == '{') {
        level++;
      } else if (c == '}' && --level == 0) {
        pos++;
        return text.substring(open + 1, pos - 1);
      }
    }
    pos = text.length();
    return text.substring(Math.min(open + 1, text.length()));
  }

  /** The source of an optional {@code [argument]}, or "" when none follows. */
  String optional() {
    skipWhitespace();
    if (!atEnd() && peek() == '[') {
      int close = text.indexOf(']', pos);
      if (close > 0) {
        String content = text.substring(pos + 1, close);
        pos = close + 1;
        return content;
      }
    }
    return "";
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
