package org.paperscope.accounts;

/**
 * A refused account operation: a taken name, a weak password, wrong credentials.
 *
 * <p>{@link #field} names the form field at fault ({@code name}, {@code password}) or is {@code
 * null}; {@link #key} is the web message key for the reason; the message is the English text.
 */
public final class AccountException extends Exception {
  private final String field;
  private final String key;

  public AccountException(String field, String key, String message) {
    super(message);
    this.field = field;
    this.key = key;
  }

  /** The field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  /** The message key of the reason (in {@code web/messages.properties}). */
  public String key() {
    return key;
  }
}
