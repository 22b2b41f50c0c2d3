package org.paperscope.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.Enrichments;
import org.paperscope.fixtures.SharedData;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.ingest.IngestProgress;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.PdfOptions;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfTextCache;

/**
 * Real PDFs from ../shared/data/pdfs/labml-arxiv, ingested with the real pipeline (text, sections,
 * thumbnails), for tests of full-text snippets, section lists and thumbnails.
 */
final class PdfCorpus {
  /** "Attention Is All You Need" and "On First-Order Meta-Learning Algorithms" (Reptile). */
  static final List<String> FILES = List.of("1706.03762.pdf", "1803.02999.pdf");

  private PdfCorpus() {}

  static Path dir() {
    return SharedData.file("pdfs/labml-arxiv");
  }

  /** Ingests the PDFs into {@code dataDir}'s index (with any papers already there) and commits. */
  static void ingest(Path dataDir, List<String> files) throws IOException {
    PdfTextCache cache = new PdfTextCache(DataDir.of(dataDir).text());
    PdfOptions pdfs = new PdfOptions(PdfLimits.DEFAULTS, Map.of(), cache, Optional.empty(), 2);
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(
            DataDir.of(dataDir).index(), 16, 1, Enrichments.standard(DataDir.of(dataDir)))) {
      new Ingestion(
              Optional.empty(),
              ReadOptions.DEFAULTS,
              Optional.of(pdfs),
              writer,
              IngestProgress.NONE)
          .run(files.stream().map(f -> dir().resolve(f)).toList());
      writer.commit();
    }
  }
}
