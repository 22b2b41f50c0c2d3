package org.paperscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.PaperWriter;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.ingest.IngestProgress;
import org.paperscope.ingest.IngestReport;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.SourceFormat;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Ingest throughput of PaperScope against a {@link BareIndexer} over the same JSON Lines corpus,
 * measured in the same process run, alternating which goes first.
 */
public final class IngestBenchmark {
  /** One timed run of one indexer. */
  public record Timing(String indexer, long papers, double seconds) {
    public double papersPerSecond() {
      return papers / seconds;
    }
  }

  private final double ramBufferMb;
  private final int threads;

  public IngestBenchmark(double ramBufferMb, int threads) {
    this.ramBufferMb = ramBufferMb;
    this.threads = threads;
  }

  /**
   * Writes the distinct papers with an abstract from {@code sources} as JSON Lines, replicated with
   * new ids ({@code id~rN}) until {@code targetPapers} lines when that is more than there are.
   *
   * @return the number of lines written
   */
  public static long prepareCorpus(List<Path> sources, Path out, long targetPapers)
      throws IOException {
    List<Paper> papers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    PaperWriter collector =
        paper -> {
          if (paper.abstractText() != null && seen.add(paper.id())) {
            papers.add(paper);
          }
          return PaperWriter.Outcome.ADDED;
        };
    new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, collector, IngestProgress.NONE)
        .run(sources);
    long target = targetPapers <= 0 ? papers.size() : targetPapers;
    long written = 0;
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int copy = 0; written < target; copy++) {
        for (int i = 0; i < papers.size() && written < target; i++, written++) {
          Paper paper = papers.get(i);
          Paper copyOf = copy == 0 ? paper : paper.toBuilder().id(paper.id() + "~r" + copy).build();
          writer.write(PaperJson.toJson(copyOf));
          writer.write('\n');
        }
      }
    }
    return written;
  }

  /**
   * Times PaperScope's full ingest of the corpus into a new index at {@code indexDir}, as {@code
   * ingest} writes it: every document resolves the standard enrichments (none stored yet, as on a
   * first ingest, so every paper is left pending); the enrichment run after the commit is not
   * timed.
   */
  public Timing paperScope(Path corpus, Path indexDir) throws IOException {
    long start = System.nanoTime();
    IngestReport report;
    DataDir data = DataDir.of(indexDir.resolveSibling(indexDir.getFileName() + "-data"));
    try (Enrichments enrichments = Enrichments.standard(data);
        PaperIndexWriter writer =
            PaperIndexWriter.open(indexDir, ramBufferMb, threads, enrichments)) {
      report =
          new Ingestion(
                  Optional.of(SourceFormat.JSONL),
                  ReadOptions.DEFAULTS,
                  writer,
                  IngestProgress.NONE)
              .run(List.of(corpus));
      writer.commit();
    }
    return new Timing("PaperScope ingest", report.added() + report.updated(), seconds(start));
  }

  /** Times the bare Lucene indexer on the corpus into a new index at {@code indexDir}. */
  public Timing bare(Path corpus, Path indexDir) throws IOException {
    long start = System.nanoTime();
    long papers = BareIndexer.index(corpus, indexDir, ramBufferMb, threads);
    return new Timing("bare Lucene indexer", papers, seconds(start));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Deletes a directory tree if it exists. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
