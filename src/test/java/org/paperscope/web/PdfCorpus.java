package org.paperscope.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperscope.fixtures.SharedData;
import org.paperscope.index.PaperIndex;
import org.paperscope.index.PaperIndexWriter;
import org.paperscope.ingest.IngestProgress;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.PaperStore;
import org.paperscope.ingest.PdfOptions;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.paper.Paper;
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
    PdfTextCache cache = new PdfTextCache(PaperIndex.textDir(dataDir));
    PdfOptions pdfs = new PdfOptions(PdfLimits.DEFAULTS, Map.of(), cache, Optional.empty(), 2);
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(PaperIndex.indexDir(dataDir), 16, 1, Optional.of(cache))) {
      PaperStore store =
          new PaperStore() {
            @Override
            public Outcome upsert(Paper paper) throws IOException {
              return Outcome.valueOf(writer.upsert(paper).name());
            }

            @Override
            public Map<String, String> titles() throws IOException {
              return writer.titles();
            }
          };
      new Ingestion(
              Optional.empty(), ReadOptions.DEFAULTS, Optional.of(pdfs), store, IngestProgress.NONE)
          .run(files.stream().map(f -> dir().resolve(f)).toList());
      writer.commit();
    }
  }
}
