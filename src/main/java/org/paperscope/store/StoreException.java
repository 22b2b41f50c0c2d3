package org.paperscope.store;

/** The database failed or refused: the message says which operation, the cause says why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
