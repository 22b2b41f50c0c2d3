package org.paperscope.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.paperscope.pdf.PdfRejectedException.Reason;

/**
 * Opens a PDF with PDFBox after the checks that need no parsing, mapping each failure to a {@link
 * PdfRejectedException}. Stateless.
 */
final class PdfLoader {
  /**
   * Heap PDFBox may use for scratch streams per document before spilling to a temporary file; 16 MB
   * keeps 16 parallel extractions well inside a 1 GB heap.
   */
  static final long SCRATCH_MEMORY_BYTES = 16L * 1024 * 1024;

  private PdfLoader() {}

  /** Rejects the source unless it is within the size limit and has a PDF header and trailer. */
  static void checkFile(PdfSource source, PdfLimits limits) throws PdfRejectedException {
    try {
      if (source.size() > limits.maxPdfBytes()) {
        throw new PdfRejectedException(
            Reason.TOO_LARGE, "larger than " + limits.describeBytes() + " limit", null);
      }
      if (!source.hasHeader()) {
        throw new PdfRejectedException(Reason.NOT_PDF, "not a PDF (no %PDF header)", null);
      }
      if (!source.hasTrailer()) {
        throw new PdfRejectedException(
            Reason.CORRUPT, "corrupt or truncated PDF: no %%EOF marker at the end", null);
      }
    } catch (IOException e) {
      throw new PdfRejectedException(Reason.UNREADABLE, "cannot read file: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the PDF (the caller closes it) and checks its page count.
   *
   * @throws PdfRejectedException {@link Reason#ENCRYPTED}, {@link Reason#CORRUPT} or {@link
   *     Reason#TOO_MANY_PAGES}
   */
  static PDDocument open(RandomAccessRead in, PdfLimits limits) throws PdfRejectedException {
    PDDocument document;
    try {
      document = Loader.loadPDF(in, "", null, null, scratch());
    } catch (InvalidPasswordException e) {
      throw new PdfRejectedException(Reason.ENCRYPTED, "encrypted PDF (needs a password)", e);
    } catch (IOException e) {
      throw new PdfRejectedException(
          Reason.CORRUPT, "corrupt or truncated PDF: " + PdfWorkers.describe(e), e);
    }
    int pages = document.getNumberOfPages();
    if (pages > limits.maxPages()) {
      close(document);
      throw new PdfRejectedException(
          Reason.TOO_MANY_PAGES,
          "more than %d pages (%d)".formatted(limits.maxPages(), pages),
          null);
    }
    return document;
  }

  private static StreamCacheCreateFunction scratch() {
    return MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES).streamCache;
  }

  private static void close(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // Closing a read-only document only releases buffers; there is nothing left to recover.
    }
  }
}
