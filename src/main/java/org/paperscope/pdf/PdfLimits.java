package org.paperscope.pdf;

/**
 * Resource limits for reading one PDF; a PDF over any of them is rejected, never half-read.
 *
 * <p>Named settings (CLI and configuration use these names):
 *
 * <ul>
 *   <li>{@code pdf.max-bytes}: largest accepted file, default 50 MB (50 × 2<sup>20</sup> bytes);
 *   <li>{@code pdf.max-pages}: most pages accepted, default 300;
 *   <li>{@code pdf.timeout-millis}: longest time one PDF may take to read, analyse or render,
 *       default 60 000 ms. Enforced: extraction stops at the next page, word or few hundred glyphs,
 *       and a PDF stuck inside PDFBox is abandoned when the time is up.
 * </ul>
 *
 * @param maxPdfBytes largest file size in bytes, positive
 * @param maxPages largest page count, positive
 * @param timeoutMillis time limit per PDF in milliseconds, positive
 */
public record PdfLimits(long maxPdfBytes, int maxPages, long timeoutMillis) {
  /** 50 MB, 300 pages, 60 s. */
  public static final PdfLimits DEFAULTS = new PdfLimits(50L * 1024 * 1024, 300, 60_000);

  /**
   * @throws IllegalArgumentException when a limit is not positive
   */
  public PdfLimits {
    if (maxPdfBytes <= 0 || maxPages <= 0 || timeoutMillis <= 0) {
      throw new IllegalArgumentException(
          "PDF limits must be positive: maxPdfBytes=%d, maxPages=%d, timeoutMillis=%d"
              .formatted(maxPdfBytes, maxPages, timeoutMillis));
    }
  }

  public PdfLimits withMaxPdfBytes(long bytes) {
    return new PdfLimits(bytes, maxPages, timeoutMillis);
  }

  public PdfLimits withMaxPages(int pages) {
    return new PdfLimits(maxPdfBytes, pages, timeoutMillis);
  }

  public PdfLimits withTimeoutMillis(long millis) {
    return new PdfLimits(maxPdfBytes, maxPages, millis);
  }

  /**
   * The size limit for messages: {@code "50 MB"} for whole megabytes, else {@code "1000 bytes"}.
   */
  String describeBytes() {
    long mb = 1024L * 1024;
    return maxPdfBytes % mb == 0 ? (maxPdfBytes / mb) + " MB" : maxPdfBytes + " bytes";
  }

  /** The time limit for messages: {@code "60 s"} for whole seconds, else {@code "5 ms"}. */
  String describeTimeout() {
    return timeoutMillis % 1000 == 0 ? (timeoutMillis / 1000) + " s" : timeoutMillis + " ms";
  }
}
