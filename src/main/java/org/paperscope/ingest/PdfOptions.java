package org.paperscope.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfTextCache;

/**
 * How an ingest run treats PDFs.
 *
 * @param limits size, page and time limits per PDF
 * @param mapping PDF file name to paper id (from {@code --pdf-map}), possibly empty
 * @param cache where extracted text and thumbnails are kept by SHA-256, so unchanged PDFs are not
 *     extracted again
 * @param keepDir where to copy each PDF as {@code <sha256>.pdf}, or empty to keep none
 * @param threads extraction threads, positive
 */
public record PdfOptions(
    PdfLimits limits,
    Map<String, String> mapping,
    PdfTextCache cache,
    Optional<Path> keepDir,
    int threads) {

  public PdfOptions {
    mapping = Map.copyOf(mapping);
  }
}
