package org.paperscope.web;

/**
 * No paper, author or page by that name; answered with 404 (JSON under /api/, else the 404 page).
 */
public final class NotFoundException extends RequestException {
  /**
   * @param key one sentence for the user, e.g. {@code error.no-paper} ("No paper with id
   *     B11bwYgfM.")
   * @param args its arguments
   */
  public NotFoundException(String key, Object... args) {
    super(key, args);
  }
}
