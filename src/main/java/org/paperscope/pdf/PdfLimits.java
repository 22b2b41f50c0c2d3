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

  /** Setting name of {@link #maxPdfBytes()}. */
  public static final String MAX_BYTES_SETTING = "pdf.max-bytes";

  /** Setting name of {@link #maxPages()}. */
  public static final String MAX_PAGES_SETTING = "pdf.max-pages";

  /** Setting name of {@link #timeoutMillis()}. */
  public static final String TIMEOUT_MILLIS_SETTING = "pdf.timeout-millis";

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

  /** These limits with another file size limit in bytes. */
  public PdfLimits withMaxPdfBytes(long bytes) {
    return new PdfLimits(bytes, maxPages, timeoutMillis);
  }

  /** These limits with another page limit. */
  public PdfLimits withMaxPages(int pages) {
    return new PdfLimits(maxPdfBytes, pages, timeoutMillis);
  }

  /** These limits with another time limit in milliseconds. */
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
