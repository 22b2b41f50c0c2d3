package org.paperscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PdfInfo;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfMatcher;
import org.paperscope.pdf.PdfPool;
import org.paperscope.pdf.PdfSection;

/**
 * The PDF part of an ingest run: extracts PDFs on all cores (cached by SHA-256), attaches each to
 * its record — by id in the file name, by the mapping file, or by its detected title — and makes a
 * new paper of a PDF that matches no record. Rejected and ambiguous PDFs are reported, never
 * guessed. Not thread-safe; one run.
 */
final class PdfIngestion {
  /** PDFs extracted per round, so that memory holds at most this many extracted texts. */
  private static final int CHUNK = 32;

  private final PdfOptions options;
  private final PaperWriter store;
  private final IngestReport report;
  private final IngestProgress progress;
  private final PdfMatcher matcher = new PdfMatcher();

  PdfIngestion(
      PdfOptions options, PaperWriter store, IngestReport report, IngestProgress progress) {
    this.options = options;
    this.store = store;
    this.report = report;
    this.progress = progress;
  }

  /** Extracts, matches and upserts every PDF. */
  void run(List<Path> pdfs, int firstFileIndex) throws IOException {
    Map<String, String> titles = store.titles();
    PdfPool pool =
        new PdfPool(
            new PdfExtractor(options.limits()), options.threads(), Optional.of(options.cache()));
    for (int start = 0; start < pdfs.size(); start += CHUNK) {
      List<Path> chunk = pdfs.subList(start, Math.min(pdfs.size(), start + CHUNK));
      progress.file(chunk.get(0), firstFileIndex + start);
      for (PdfPool.Outcome outcome : extract(pool, chunk)) {
        switch (outcome) {
          case PdfPool.Rejected r ->
              report.reject(r.pdf().toString(), "PDF rejected: " + r.error().getMessage());
          case PdfPool.Extracted e -> {
            report.pdf(e.cached());
            attach(e.pdf(), e.document(), titles);
          }
        }
        progress.record(report.read());
      }
    }
  }

  private List<PdfPool.Outcome> extract(PdfPool pool, List<Path> chunk) throws IOException {
    try {
      return pool.extractAll(chunk, PdfPool.Progress.NONE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while extracting PDFs", e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void attach(Path pdf, PdfDocument doc, Map<String, String> titles) throws IOException {
    keep(pdf, doc.sha256());
    PdfInfo info = info(doc);
    switch (matcher.match(pdf, doc.title(), doc.arxivId(), titles, options.mapping())) {
      case PdfMatcher.ById m -> upsert(Paper.builder(m.id(), titles.get(m.id())).pdf(info).build());
      case PdfMatcher.ByMapping m ->
          upsert(Paper.builder(m.id(), titles.get(m.id())).pdf(info).build());
      case PdfMatcher.ByArxivId m ->
          upsert(Paper.builder(m.id(), titles.get(m.id())).pdf(info).build());
      case PdfMatcher.ByTitle m ->
          upsert(Paper.builder(m.id(), titles.get(m.id())).pdf(info).build());
      case PdfMatcher.Ambiguous m ->
          report.reject(
              pdf.toString(),
              "PDF title matches several papers ("
                  + String.join(", ", m.ids())
                  + "); attach it with --pdf-map");
      case PdfMatcher.NoMatch m -> {
        Paper paper = newPaper(pdf, doc, info, options.mapping().get(pdf.getFileName().toString()));
        titles.put(paper.id(), paper.title());
        upsert(paper);
      }
    }
  }

  private void upsert(Paper paper) throws IOException {
    report.record(store.upsert(paper));
  }

  /**
   * A paper made from the PDF alone, with what its first page says: title, authors, abstract, year
   * and arXiv identifier. Its id is the one the mapping gives the file, else the arXiv identifier
   * (linked to arXiv), else {@code pdf-} and the start of its hash.
   */
  static Paper newPaper(Path pdf, PdfDocument doc, PdfInfo info, String mappedId) {
    String title =
        doc.title() != null
            ? doc.title()
            : pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
    String id =
        mappedId != null
            ? mappedId
            : doc.arxivId() != null ? doc.arxivId() : "pdf-" + doc.sha256().substring(0, 16);
    Paper.Builder paper =
        Paper.builder(id, title)
            .authors(doc.authors())
            .abstractText(doc.abstractText())
            .year(doc.year() > 0 ? doc.year() : null)
            .pdf(info);
    if (doc.arxivId() != null) {
      paper.links(ArxivIds.links(doc.arxivId()));
      if (doc.arxivId().equals(id)) {
        paper.venue(ArxivIds.VENUE);
      }
    }
    return paper.build();
  }

  static PdfInfo info(PdfDocument doc) {
    List<PdfInfo.Heading> headings = new ArrayList<>();
    for (PdfSection section : doc.sections()) {
      headings.add(new PdfInfo.Heading(section.name(), section.page()));
    }
    return new PdfInfo(doc.sha256(), doc.pageCount(), headings, doc.arxivId());
  }

  private void keep(Path pdf, String sha256) throws IOException {
    if (options.keepDir().isPresent()) {
      Path target = options.keepDir().get().resolve(sha256 + ".pdf");
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.copy(pdf, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
