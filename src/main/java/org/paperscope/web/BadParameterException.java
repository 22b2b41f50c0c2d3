package org.paperscope.web;

/**
 * A request parameter PaperScope cannot use; answered with 400 and {@code {"error", "field",
 * "message"}} by the API, and shown inline by the pages.
 */
public final class BadParameterException extends Exception {
  private final String field;

  /**
   * @param field the parameter's name, e.g. {@code limit}
   * @param message one sentence for the user saying what is wrong and what is allowed
   */
  public BadParameterException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
