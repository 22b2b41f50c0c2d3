package org.paperscope.web;

/** A request over a {@link WebLimits} size bound; answered with 413. */
final class TooLargeException extends Exception {
  /**
   * @param message which limit was passed, e.g. "the query string is over 16384 bytes"
   */
  TooLargeException(String message) {
    super(message);
  }
}
