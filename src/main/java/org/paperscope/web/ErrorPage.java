package org.paperscope.web;

/**
 * The page for a request PaperScope cannot answer: 404, 413 or a 500 with its request id.
 *
 * @param layout the page frame
 * @param status the HTTP status code
 * @param heading one line, e.g. "Page not found"
 * @param message what happened and what to do next
 */
public record ErrorPage(Layout layout, int status, String heading, String message) {

  static ErrorPage of(int status, String heading, String message) {
    return new ErrorPage(Layout.of(heading), status, heading, message);
  }
}
