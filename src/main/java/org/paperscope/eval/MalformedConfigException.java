package org.paperscope.eval;

import java.io.IOException;

/**
 * A regression config that cannot be used: bad YAML, an unknown key, a missing or bad value. The
 * message has the form {@code source:line: problem}, ready for one line on stderr.
 */
public final class MalformedConfigException extends IOException {
  /** Creates the exception; {@code line} is 1-based, 0 when the problem has no line. */
  public MalformedConfigException(String source, int line, String problem) {
    this(source, line, problem, null);
  }

  /** Creates the exception with its cause; {@code line} is 1-based, 0 when it has no line. */
  public MalformedConfigException(String source, int line, String problem, Throwable cause) {
    super((line > 0 ? source + ":" + line : source) + ": " + problem, cause);
  }
}
