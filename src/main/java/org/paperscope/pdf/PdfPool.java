package org.paperscope.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.pdf.PdfRejectedException.Reason;

/**
 * Extracts many PDFs in parallel; a rejected PDF is reported and never stops the batch.
 *
 * <p>With a {@link PdfTextCache}, a PDF whose SHA-256 is cached is not extracted again, and each
 * new extraction is stored with its thumbnail (a thumbnail that fails to render is left out; the
 * text still counts). Immutable and thread-safe; each {@link #extractAll} call uses its own
 * threads.
 */
public final class PdfPool {
  /** What happened to one PDF. */
  public sealed interface Outcome permits Extracted, Rejected {
    /** The PDF file. */
    Path pdf();
  }

  /**
   * The PDF was read.
   *
   * @param cached whether the document came from the cache rather than a new extraction
   */
  public record Extracted(Path pdf, PdfDocument document, boolean cached) implements Outcome {}

  /** The PDF was rejected; {@code error} says why. */
  public record Rejected(Path pdf, PdfRejectedException error) implements Outcome {}

  /** Progress of a batch; called from worker threads, so implementations must be thread-safe. */
  @FunctionalInterface
  public interface Progress {
    /** Ignores progress. */
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} PDFs are finished (extracted or rejected). */
    void update(int done, int total);
  }

  private final PdfExtractor extractor;
  private final int threads;
  private final Optional<PdfTextCache> cache;
  private final PdfThumbnail thumbnails;

  /**
   * @param extractor the extractor, whose limits apply to every PDF
   * @param threads number of worker threads, positive (usually the number of cores)
   * @param cache where to look up and store extractions, or empty to always extract
   */
  public PdfPool(PdfExtractor extractor, int threads, Optional<PdfTextCache> cache) {
    if (threads <= 0) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
    this.cache = cache;
    this.thumbnails = new PdfThumbnail(extractor.limits());
  }

  /**
   * Extracts every PDF, {@code threads} at a time.
   *
   * @return one outcome per input PDF, in input order
   * @throws InterruptedException when the calling thread is interrupted; running work is cancelled
   * @throws java.io.UncheckedIOException when the cache cannot be written
   */
  public List<Outcome> extractAll(List<Path> pdfs, Progress progress) throws InterruptedException {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Outcome>> futures = new ArrayList<>(pdfs.size());
      for (Path pdf : pdfs) {
        futures.add(
            executor.submit(
                () -> {
                  Outcome outcome = extractOne(pdf);
                  progress.update(done.incrementAndGet(), pdfs.size());
                  return outcome;
                }));
      }
      List<Outcome> outcomes = new ArrayList<>(pdfs.size());
      for (Future<Outcome> future : futures) {
        outcomes.add(result(future));
      }
      return outcomes;
    } finally {
      executor.shutdownNow();
    }
  }

  /** Extracts one PDF the way {@link #extractAll} does, on the calling thread. */
  public Outcome extractOne(Path pdf) {
    try {
      if (cache.isEmpty()) {
        return new Extracted(pdf, extractor.extract(pdf), false);
      }
      return extractCached(pdf, cache.get());
    } catch (PdfRejectedException e) {
      return new Rejected(pdf, e);
    }
  }

  private Outcome extractCached(Path pdf, PdfTextCache textCache) throws PdfRejectedException {
    String sha256;
    try {
      if (Files.size(pdf) > extractor.limits().maxPdfBytes()) {
        return new Extracted(pdf, extractor.extract(pdf), false);
      }
      sha256 = PdfTextCache.sha256(pdf);
    } catch (IOException e) {
      throw new PdfRejectedException(Reason.UNREADABLE, "cannot read file: " + e.getMessage(), e);
    }
    Optional<PdfDocument> hit = textCache.get(sha256);
    if (hit.isPresent()) {
      return new Extracted(pdf, hit.get(), true);
    }
    PdfDocument document = extractor.extract(pdf);
    textCache.put(document, thumbnailOrNull(pdf));
    return new Extracted(pdf, document, false);
  }

  private byte[] thumbnailOrNull(Path pdf) {
    try {
      return thumbnails.render(pdf);
    } catch (PdfRejectedException e) {
      // The text was extracted; a page that will not render only costs the picture.
      return null;
    }
  }

  private static Outcome result(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // extractOne turns every PDF's failure into an outcome; what is left is the environment's
      // (a cache directory that cannot be written) or a bug, and stops the batch.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("PDF extraction failed unexpectedly", e.getCause());
    }
  }
}
