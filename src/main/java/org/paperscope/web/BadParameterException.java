package org.paperscope.web;

/**
 * A request parameter PaperScope cannot use; answered with 400 and {@code {"error", "field",
 * "message"}} by the API, and shown inline by the pages.
 */
public final class BadParameterException extends RequestException {
  private final String field;

  /**
   * @param field the parameter's name, e.g. {@code limit}
   * @param key one sentence for the user saying what is wrong and what is allowed, e.g. {@code
   *     param.range}
   * @param args its arguments
   */
  public BadParameterException(String field, String key, Object... args) {
    super(key, args);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
