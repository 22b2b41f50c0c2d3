package org.paperscope.pdf;

/**
 * A point in time after which extraction must stop; checked cooperatively from PDFBox callbacks.
 *
 * <p>Immutable and thread-safe.
 */
final class PdfDeadline {
  /** Thrown from a PDFBox callback when the deadline has passed or the thread was interrupted. */
  static final class ExceededException extends RuntimeException {
    ExceededException() {
      super("PDF extraction deadline passed", null, false, false);
    }
  }

  private final long deadlineNanos;

  private PdfDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code timeoutMillis} from now. */
  static PdfDeadline inMillis(long timeoutMillis) {
    return new PdfDeadline(System.nanoTime() + timeoutMillis * 1_000_000L);
  }

  /**
   * Returns normally while time remains.
   *
   * @throws ExceededException once the deadline has passed or the thread has been interrupted
   */
  void check() {
    if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
      throw new ExceededException();
    }
  }
}
