package org.paperscope.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfPool;
import org.paperscope.pdf.PdfTextCache;

/**
 * A paper's PDF text (body and references) for the index. Ingest extracts each PDF once and stores
 * the text in the data directory's {@code text/} by the PDF's SHA-256, which is the content key; so
 * this enrichment usually only looks the text up. It computes when that text is missing or was
 * extracted by an older extractor ({@link PdfTextCache#FORMAT_VERSION}, which is this enrichment's
 * version): then it extracts again from the copy kept in {@code pdfs/} ({@code ingest
 * --keep-pdfs}). Thread-safe.
 */
public final class FullTextEnrichment implements Enrichment<FullText> {
  /** The name on the command line and in the cache. */
  public static final String NAME = "fulltext";

  private final PdfTextCache texts;
  private final Path keptPdfs;
  private final PdfPool extraction;

  /**
   * @param texts the extracted texts, by PDF SHA-256
   * @param keptPdfs where {@code ingest --keep-pdfs} copies PDFs as {@code <sha256>.pdf}
   * @param limits the limits a re-extraction applies
   */
  public FullTextEnrichment(PdfTextCache texts, Path keptPdfs, PdfLimits limits) {
    this.texts = texts;
    this.keptPdfs = keptPdfs;
    this.extraction = new PdfPool(new PdfExtractor(limits), 1, Optional.of(texts));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "pdf" + PdfTextCache.FORMAT_VERSION;
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    return paper.pdf() == null ? Optional.empty() : Optional.of(paper.pdf().sha256());
  }

  @Override
  public Optional<FullText> lookup(String contentKey) {
    return texts.get(contentKey).map(FullTextEnrichment::of);
  }

  @Override
  public FullText compute(Paper paper, String contentKey) throws EnrichmentException {
    Path kept = keptPdfs.resolve(contentKey + ".pdf");
    if (!Files.isRegularFile(kept)) {
      throw new EnrichmentException(
          "no extracted text for its PDF and no copy in "
              + keptPdfs
              + "; ingest the PDF again (with --keep-pdfs to keep a copy)");
    }
    return switch (extraction.extractOne(kept)) {
      case PdfPool.Extracted extracted -> of(extracted.document());
      case PdfPool.Rejected rejected ->
          throw new EnrichmentException(
              "its kept PDF " + kept + " was rejected: " + rejected.error().getMessage(),
              rejected.error());
    };
  }

  private static FullText of(PdfDocument document) {
    return new FullText(document.body(), document.references());
  }
}
