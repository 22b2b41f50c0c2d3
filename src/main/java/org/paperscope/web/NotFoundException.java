package org.paperscope.web;

/**
 * No paper, author or page by that name; answered with 404 (JSON under /api/, else the 404 page).
 */
public final class NotFoundException extends Exception {
  /**
   * @param message one sentence for the user, e.g. "No paper with id B11bwYgfM."
   */
  public NotFoundException(String message) {
    super(message);
  }
}
