package org.paperscope.pdf;

/**
 * Thrown when a file cannot be read as a PDF within the {@link PdfLimits}; carries a category and
 * one sentence saying why, fit for an ingest report.
 */
public final class PdfRejectedException extends Exception {
  /** Why a PDF was rejected. */
  public enum Reason {
    /** The file does not start with a {@code %PDF-} header. */
    NOT_PDF,
    /** A password is needed to open the PDF. */
    ENCRYPTED,
    /** PDFBox cannot parse the file (truncated, damaged, or garbage after the header). */
    CORRUPT,
    /** The PDF has no text layer, e.g. a scan. */
    NO_TEXT,
    /** The file exceeds {@link PdfLimits#maxPdfBytes()}. */
    TOO_LARGE,
    /** The PDF has more pages than {@link PdfLimits#maxPages()}. */
    TOO_MANY_PAGES,
    /** Reading took longer than {@link PdfLimits#timeoutMillis()}. */
    TIMEOUT,
    /** The calling thread was interrupted while the PDF was being read. */
    INTERRUPTED,
    /** The file could not be read from disk. */
    UNREADABLE
  }

  private final Reason reason;

  /**
   * @param reason the category
   * @param message one sentence, e.g. {@code "encrypted PDF"}
   * @param cause the underlying exception, or null
   */
  public PdfRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The category of the rejection, for counting in an ingest report. */
  public Reason reason() {
    return reason;
  }
}
