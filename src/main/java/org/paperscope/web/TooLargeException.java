package org.paperscope.web;

/** A request over a {@link WebLimits} size bound; answered with 413. */
final class TooLargeException extends RequestException {
  /**
   * @param key which limit was passed, e.g. {@code error.too-large.query} ("the query string is
   *     over 16384 bytes")
   * @param args its arguments
   */
  TooLargeException(String key, Object... args) {
    super(key, args);
  }
}
