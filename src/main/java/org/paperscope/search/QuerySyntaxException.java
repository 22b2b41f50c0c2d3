package org.paperscope.search;

/**
 * A query the user typed that PaperScope cannot run: malformed, or past a {@link QueryLimits}
 * limit. The message is one sentence meant for the user; {@link #position()} is the 0-based
 * character offset the problem was found at.
 */
public final class QuerySyntaxException extends Exception {
  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** 0-based character offset in the query string. */
  public int position() {
    return position;
  }

  /** The message followed by " (at character N)" with N 1-based, for display. */
  public String describe() {
    return getMessage() + " (at character " + (position + 1) + ")";
  }
}
