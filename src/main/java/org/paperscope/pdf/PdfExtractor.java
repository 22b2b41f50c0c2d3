package org.paperscope.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.paperscope.pdf.PdfRejectedException.Reason;

/**
 * Extracts text, structure and title from PDFs with PDFBox, within {@link PdfLimits}.
 *
 * <p>Each call runs on a worker thread and is stopped when it passes the time limit, both
 * cooperatively (checked per page, per word and every 256 glyphs) and by abandoning the worker.
 * Memory stays bounded: files are read through a small buffer, and PDFBox's scratch streams spill
 * to temporary files past {@value PdfLoader#SCRATCH_MEMORY_BYTES} bytes. Immutable and thread-safe;
 * one instance serves any number of threads.
 */
public final class PdfExtractor {
  /**
   * Fewest letters per page, on average, for a PDF to count as having a text layer; real papers
   * have thousands, a scan with an arXiv stamp a few dozen on one page.
   */
  static final int MIN_LETTERS_PER_PAGE = 50;

  private final PdfLimits limits;

  /** An extractor enforcing {@code limits}. */
  public PdfExtractor(PdfLimits limits) {
    this.limits = limits;
  }

  /** The limits every extraction enforces. */
  public PdfLimits limits() {
    return limits;
  }

  /**
   * Extracts the PDF file at {@code pdf}.
   *
   * @throws PdfRejectedException when the file is not a readable PDF within the limits; its {@link
   *     PdfRejectedException#reason()} says which
   */
  public PdfDocument extract(Path pdf) throws PdfRejectedException {
    return extract(new PdfSource.FileSource(pdf));
  }

  /**
   * Extracts a PDF held in memory; {@code pdf} must not be modified during the call.
   *
   * @throws PdfRejectedException as {@link #extract(Path)}
   */
  public PdfDocument extract(byte[] pdf) throws PdfRejectedException {
    return extract(new PdfSource.BytesSource(pdf));
  }

  private PdfDocument extract(PdfSource source) throws PdfRejectedException {
    PdfLoader.checkFile(source, limits);
    PdfDeadline deadline = PdfDeadline.inMillis(limits.timeoutMillis());
    return PdfWorkers.callWithin(limits, () -> extractNow(source, deadline));
  }

  private PdfDocument extractNow(PdfSource source, PdfDeadline deadline)
      throws PdfRejectedException {
    List<PdfPageLines> lines;
    String sha256;
    try (RandomAccessRead in = source.open()) {
      sha256 = source.sha256();
      deadline.check();
      try (PDDocument document = PdfLoader.open(in, limits)) {
        lines = new PdfLineStripper(deadline).pages(document);
      }
    } catch (IOException e) {
      throw new PdfRejectedException(
          Reason.CORRUPT, "corrupt or truncated PDF: " + PdfWorkers.describe(e), e);
    }
    deadline.check();
    PdfDocument document = PdfStructure.analyze(sha256, lines);
    if (letters(document) < (long) MIN_LETTERS_PER_PAGE * Math.max(1, document.pageCount())) {
      throw new PdfRejectedException(
          Reason.NO_TEXT, "no text layer (scanned/image-only PDF)", null);
    }
    return document;
  }

  private static long letters(PdfDocument document) {
    return document.body().chars().filter(Character::isLetter).count()
        + document.references().chars().filter(Character::isLetter).count();
  }
}
