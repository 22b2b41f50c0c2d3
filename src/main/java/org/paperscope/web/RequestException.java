package org.paperscope.web;

/**
 * A request PaperScope cannot answer as asked, with what went wrong as a message of the bundle
 * ({@link Messages}): worded in the reader's language when shown, in English ({@link #getMessage})
 * for logs.
 */
public abstract class RequestException extends Exception {
  private final String key;
  private final Object[] args;

  /**
   * @param key the message, e.g. {@code error.no-paper}
   * @param args its arguments
   */
  protected RequestException(String key, Object... args) {
    super(Messages.ENGLISH.get(key, args));
    this.key = key;
    this.args = args.clone();
  }

  /** What went wrong, in the words of {@code messages}. */
  public String message(Messages messages) {
    return messages.get(key, args);
  }
}
