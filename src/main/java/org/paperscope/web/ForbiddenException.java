package org.paperscope.web;

/**
 * The request is not allowed: a missing or wrong CSRF secret, a role that may not do this (403).
 */
public final class ForbiddenException extends RequestException {
  /**
   * @param key the message, e.g. {@code error.csrf}
   * @param args its arguments
   */
  public ForbiddenException(String key, Object... args) {
    super(key, args);
  }
}
