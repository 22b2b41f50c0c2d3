package org.paperscope.summaries;

/**
 * A refused summary operation. {@link #kind} says why (the web answers 400, 403, 404 or 409),
 * {@link #field} names the input at fault or is {@code null}, {@link #key} is the web message key,
 * and the message is the English text. A {@link Kind#CONFLICT} carries the summary as it is now, so
 * the writer can see what the other edit changed.
 */
public final class SummaryException extends Exception {
  /** Why an operation was refused. */
  public enum Kind {
    INVALID,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT
  }

  private final Kind kind;
  private final String field;
  private final String key;
  private final transient Summary current;

  private SummaryException(Kind kind, String field, String key, String message, Summary current) {
    super(message);
    this.kind = kind;
    this.field = field;
    this.key = key;
    this.current = current;
  }

  static SummaryException invalid(String field, String key, String message) {
    return new SummaryException(Kind.INVALID, field, key, message, null);
  }

  static SummaryException forbidden(String key, String message) {
    return new SummaryException(Kind.FORBIDDEN, null, key, message, null);
  }

  static SummaryException notFound(String id) {
    return new SummaryException(
        Kind.NOT_FOUND, null, "summary.error.not-found", "no summary '" + id + "'", null);
  }

  static SummaryException conflict(Summary current) {
    return new SummaryException(
        Kind.CONFLICT,
        "version",
        "summary.error.conflict",
        "someone saved version " + current.version() + " of this summary while you edited it",
        current);
  }

  public Kind kind() {
    return kind;
  }

  /** The input at fault, or {@code null}. */
  public String field() {
    return field;
  }

  /** The message key of the reason (in {@code web/messages.properties}). */
  public String key() {
    return key;
  }

  /** For a conflict, the summary as saved by the other edit; else {@code null}. */
  public Summary current() {
    return current;
  }
}
