package org.paperscope.web;

/**
 * The path exists but does not take this method (405), for routes that share a path pattern with
 * others: {@code POST /api/v1/papers/{id}/summaries} writes, {@code POST
 * /api/v1/papers/{id}/similar} does not.
 */
public final class MethodNotAllowedException extends Exception {
  private final String allow;

  /**
   * @param allow the methods the path does take, for the {@code Allow} header ("GET, HEAD")
   */
  public MethodNotAllowedException(String allow) {
    super("method not allowed; allowed: " + allow);
    this.allow = allow;
  }

  /** The methods the path takes. */
  public String allow() {
    return allow;
  }
}
