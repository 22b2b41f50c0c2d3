package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.bench.HnswRecall;
import org.paperscope.bench.PerturbedVectors;
import org.paperscope.bench.ProcessMemory;
import org.paperscope.bench.TldrBenchmark;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EnrichmentReport;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.eval.SciTldrFile;
import org.paperscope.index.lucene.PaperIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmarks of the enrichments' products: the vector index ({@code bench hnsw}, {@code bench
 * vectors}) and Auto-TLDRs ({@code bench tldr}).
 */
final class BenchKnnCommand {
  private BenchKnnCommand() {}

  /** {@code paperscope bench hnsw}: recall@k and latency of the HNSW graph, per vector format. */
  @Command(
      name = "hnsw",
      mixinStandardHelpOptions = true,
      description = {
        "Recall@k of the HNSW graph of paper vectors against exact search (every dot product),",
        "for papers drawn with a seed, each paper's vector as the query; p50/p99 of a graph",
        "search. --format index searches the data directory's own index; float32, int8, int7 and",
        "int4 first copy its vectors into a vector-only index in that format (scalar quantization",
        "keeps the floats on disk but searches the quantized vectors)."
      })
  static final class Hnsw implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--queries", description = "Papers drawn. Default: ${DEFAULT-VALUE}.")
    int queries = 500;

    @Option(names = "--k", description = "Neighbours compared. Default: ${DEFAULT-VALUE}.")
    int k = 10;

    @Option(names = "--seed", description = "Default: ${DEFAULT-VALUE}.")
    long seed = 42;

    @Option(
        names = "--format",
        split = ",",
        description =
            "index, float32, int8, int7, int4; several separated by commas. Default: index.")
    List<String> formats = List.of("index");

    @Override
    public Integer call() throws Exception {
      if (queries <= 0 || k <= 0) {
        throw new CliErrors.UsageException("--queries and --k must be positive");
      }
      List<HnswRecall.Format> chosen = new ArrayList<>();
      for (String name : formats) {
        try {
          chosen.add(HnswRecall.Format.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new CliErrors.UsageException(
              "--format: '" + name + "' is none of index, float32, int8, int7, int4");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "| format | vectors | recall@"
              + k
              + " | p50 ms | p99 ms | exact ms | vector files MB"
              + " | build s |");
      out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (HnswRecall.Format format : chosen) {
        HnswRecall.Result r = HnswRecall.measure(common.dataDir, format, queries, k, seed);
        out.printf(
            Locale.ROOT,
            "| %s | %,d | %.4f | %.2f | %.2f | %.2f | %.1f | %.1f |%n",
            r.format().name().toLowerCase(Locale.ROOT),
            r.vectors(),
            r.recall(),
            r.p50Millis(),
            r.p99Millis(),
            r.exactMillis(),
            r.vectorBytes() / 1e6,
            r.buildSeconds());
        out.flush();
      }
      out.printf(Locale.ROOT, "peak RSS: %,d MB%n", ProcessMemory.peakRssBytes() / (1024 * 1024));
      out.flush();
      return 0;
    }
  }

  /**
   * {@code paperscope bench vectors}: gives every paper of a benchmark corpus a perturbed copy of
   * the vector of its text from another data directory, through the enrichment stage.
   */
  @Command(
      name = "vectors",
      mixinStandardHelpOptions = true,
      description = {
        "Gives every paper of --data (e.g. the million papers 'bench ingest' writes by repeating",
        "the demo's texts) the vector its text has in --like's cache plus Gaussian noise drawn from",
        "its id, so HNSW and hybrid search are measured on distinct vectors without embedding a",
        "million texts. Texts --like's cache lacks are embedded and cached there first."
      })
  static final class Vectors implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(
        names = "--like",
        required = true,
        description = "Data directory whose cached vectors are perturbed (e.g. the demo's).")
    Path like;

    @Option(
        names = "--noise",
        description = "Length of the noise added to each unit vector. Default: ${DEFAULT-VALUE}.")
    double noise = 0.5;

    @Option(names = "--batch", description = "Papers per commit. Default: ${DEFAULT-VALUE}.")
    int batch = 20_000;

    @Option(names = "--threads", description = "Default: cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      DataDir data = common.withIndex();
      if (batch <= 0 || threads <= 0 || !(noise >= 0)) {
        throw new CliErrors.UsageException("--batch and --threads must be positive, --noise ≥ 0");
      }
      Path source = DataDir.of(like).cache();
      long start = System.nanoTime();
      EnrichmentReport report;
      try (Enrichments enrichments =
              Enrichments.of(data, List.of(new PerturbedVectors(source, noise)));
          PaperIndexWriter writer =
              PaperIndexWriter.open(data.index(), 256, threads, enrichments)) {
        report =
            new EnrichmentRun(enrichments, threads, batch, EnrichProgress.onStderr(spec))
                .run(writer, Optional.empty(), false);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.toText());
      out.printf(
          Locale.ROOT,
          "%.1f s · peak RSS %,d MB%n",
          (System.nanoTime() - start) / 1e9,
          ProcessMemory.peakRssBytes() / (1024 * 1024));
      out.flush();
      return 0;
    }
  }

  /** {@code paperscope bench tldr}: Auto-TLDRs written per second. */
  @Command(
      name = "tldr",
      mixinStandardHelpOptions = true,
      description = {
        "Auto-TLDRs written per second on one thread: the enrichment's work (split, rank the",
        "candidates, cache) against splitting the abstracts alone, alternating rounds. The",
        "method uses no embedding, so there is no 'with embedding' figure."
      })
  static final class Tldr implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--file",
        description =
            "SciTLDR file whose titles and abstracts are used. Default: ${DEFAULT-VALUE}.")
    Path file = Path.of("../shared/data/scitldr/SciTLDR-A/test.jsonl");

    @Option(names = "--rounds", description = "Timed rounds. Default: ${DEFAULT-VALUE}.")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
      if (rounds <= 0) {
        throw new CliErrors.UsageException("--rounds must be positive");
      }
      List<org.paperscope.paper.Paper> papers = new ArrayList<>();
      for (SciTldrFile.Paper p : SciTldrFile.read(file)) {
        papers.add(
            org.paperscope.paper.Paper.builder(p.id(), p.title())
                .abstractText(String.join(" ", p.sentences()))
                .build());
      }
      TldrBenchmark.Result result = TldrBenchmark.run(papers, rounds);
      PrintWriter out = spec.commandLine().getOut();
      out.println("| round | Auto-TLDR papers/s | split only papers/s | ratio |");
      out.println("|---:|---:|---:|---:|");
      for (int i = 0; i < rounds; i++) {
        double a = result.enrichment().get(i);
        double b = result.splitOnly().get(i);
        out.printf(Locale.ROOT, "| %d | %,.0f | %,.0f | %.3f |%n", i + 1, a, b, a / b);
      }
      out.flush();
      return 0;
    }
  }
}
