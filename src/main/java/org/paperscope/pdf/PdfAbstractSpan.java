package org.paperscope.pdf;

import java.util.regex.Pattern;

/**
 * Where the abstract lies in a body being assembled. A document has at most one: it opens at an
 * Abstract heading or inline label (or is found whole as the paragraph before the introduction) and
 * runs to the next heading, a keywords line, or a paragraph in smaller type than its own or
 * starting with a footnote mark (the footnotes and affiliations printed under it on page 1). Not
 * thread-safe: one instance per document.
 */
final class PdfAbstractSpan {
  private static final Pattern FOOTNOTE = Pattern.compile("[∗*†‡§¶].*");
  private static final Pattern AFTER_ABSTRACT =
      Pattern.compile(
          "(?i)(keywords|key words|index terms|categories and subject descriptors|general terms"
              + "|author keywords)\\b.*");

  /**
   * Longest abstract kept; longer runs mean the next heading was missed (the abstracts found in the
   * shared PDFs have at most 1,710 characters, but for superscripttest.pdf's, 2,449, which runs on
   * into its table of contents).
   */
  private static final int MAX_CHARS = 3000;

  /**
   * How much smaller than the abstract's first line a paragraph's type must be to end it: just
   * under the smallest step between LaTeX's standard sizes (10 to 10.95 pt in the 11 pt class).
   */
  private static final float SMALLER_TYPE_POINTS = 0.9f;

  private enum State {
    AHEAD,
    OPEN,
    PASSED
  }

  private State state = State.AHEAD;
  private int start = -1;
  private int end = -1;

  /** Type size of the abstract's first body line; 0 until that line is read. */
  private float fontSize;

  /** Whether no abstract was found yet. */
  boolean isAhead() {
    return state == State.AHEAD;
  }

  /** Whether the abstract is open: body lines appended now belong to it. */
  boolean isOpen() {
    return state == State.OPEN;
  }

  /** Opens the abstract at a body offset; call only while {@link #isAhead}. */
  void open(int bodyOffset) {
    start = bodyOffset;
    state = State.OPEN;
  }

  /** Ends an open abstract at a body offset; does nothing otherwise. */
  void close(int bodyOffset) {
    if (state == State.OPEN) {
      end = bodyOffset;
      state = State.PASSED;
    }
  }

  /**
   * Sees the open abstract's next body line before it is appended at {@code bodyOffset}, and ends
   * the abstract there when the line no longer belongs to it.
   */
  void nextLine(PdfLine line, int bodyOffset) {
    if (fontSize == 0) {
      fontSize = line.fontSize();
    } else if (AFTER_ABSTRACT.matcher(line.text()).matches()
        || (line.paragraphStart()
            && (line.fontSize() < fontSize - SMALLER_TYPE_POINTS
                || FOOTNOTE.matcher(line.text()).matches()))) {
      close(bodyOffset);
    }
  }

  /** The abstract's text in {@code body}, at most {@value #MAX_CHARS} characters, or null. */
  String text(CharSequence body) {
    if (state == State.AHEAD) {
      return null;
    }
    String text = body.subSequence(start, Math.max(start, end)).toString().strip();
    if (text.length() > MAX_CHARS) {
      int cut = text.lastIndexOf('\n', MAX_CHARS);
      text = text.substring(0, cut > 0 ? cut : text.lastIndexOf(' ', MAX_CHARS));
    }
    return text.isEmpty() ? null : text;
  }
}
