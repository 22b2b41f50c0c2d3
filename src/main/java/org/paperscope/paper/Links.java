package org.paperscope.paper;

/**
 * The web links a paper may have; every component is either a non-blank URL or {@code null}.
 *
 * <p>Immutable and thread-safe.
 */
public record Links(
    String pdf, String forum, String code, String slides, String poster, String video) {

  /** Links with nothing set. */
  public static final Links NONE = new Links(null, null, null, null, null, null);

  /** Returns true when no link is set. */
  public boolean isEmpty() {
    return pdf == null
        && forum == null
        && code == null
        && slides == null
        && poster == null
        && video == null;
  }
}
