package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One line of an evaluation input file (corpus, queries, qrels) that cannot be read. The message
 * has the form {@code file:line: problem}, ready for one line on stderr.
 */
public final class MalformedLineException extends IOException {
  private final transient Path file;
  private final long lineNumber;

  /** Creates the exception; {@code lineNumber} is 1-based. */
  public MalformedLineException(Path file, long lineNumber, String problem) {
    this(file, lineNumber, problem, null);
  }

  /** Creates the exception with its cause; {@code lineNumber} is 1-based. */
  public MalformedLineException(Path file, long lineNumber, String problem, Throwable cause) {
    super(file + ":" + lineNumber + ": " + problem, cause);
    this.file = file;
    this.lineNumber = lineNumber;
  }

  /** The file the bad line is in. */
  public Path file() {
    return file;
  }

  /** 1-based number of the bad line. */
  public long lineNumber() {
    return lineNumber;
  }
}
