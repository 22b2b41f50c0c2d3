package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.bench.IngestBenchmark;
import org.paperscope.bench.PdfBenchmark;
import org.paperscope.bench.ProcessMemory;
import org.paperscope.bench.SearchBenchmark;
import org.paperscope.data.DataDir;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchMode;
import org.paperscope.search.lucene.LucenePaperSearch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope bench}: speed and memory figures, printed as Markdown tables. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory (run on request; figures go to docs/performance.md).",
    subcommands = {
      BenchCommand.Ingest.class,
      BenchCommand.Search.class,
      BenchCommand.Pdf.class,
      BenchEmbedCommand.class,
      BenchKnnCommand.Hnsw.class,
      BenchKnnCommand.Vectors.class,
      BenchKnnCommand.Tldr.class,
      BenchTagsCommand.class,
      BenchEmbedCommand.Similar.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing benchmark; see 'paperscope bench --help'.");
  }

  private static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, JDK %s, max heap %,d MB",
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** {@code bench ingest}: PaperScope ingest vs a bare Lucene indexer on the same corpus. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = "Ingest throughput against a bare Lucene indexer with the same analysis.")
  static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--work",
        required = true,
        paramLabel = "DIR",
        description =
            "Scratch directory for the corpus and indexes; the PaperScope index is left in DIR/data.")
    Path work;

    @Option(
        names = "--papers",
        description =
            "Replicate the corpus to this many papers (0: as is). Default: ${DEFAULT-VALUE}.")
    long papers = 0;

    @Option(
        names = "--runs",
        description = "Timed runs of each indexer. Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--threads", description = "Indexing threads. Default: cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ram-buffer-mb", description = "Default: ${DEFAULT-VALUE}.")
    double ramBufferMb = 256;

    @CommandLine.Parameters(
        arity = "1..*",
        paramLabel = "SOURCE",
        description = "Metadata files or folders.")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Files.createDirectories(work);
      Path corpus = work.resolve("corpus.jsonl");
      long lines = IngestBenchmark.prepareCorpus(sources, corpus, papers);
      out.printf(
          Locale.ROOT,
          "corpus: %,d papers (%,.0f MB) · %s%n%n",
          lines,
          Files.size(corpus) / 1e6,
          machine());
      IngestBenchmark bench = new IngestBenchmark(ramBufferMb, threads);
      List<IngestBenchmark.Timing> ours = new ArrayList<>();
      List<IngestBenchmark.Timing> bare = new ArrayList<>();
      long rssAfterOurs = -1;
      for (int run = 0; run < runs; run++) {
        Path ourIndex = DataDir.of(work.resolve("data")).index();
        Path bareIndex = work.resolve("bare-index");
        IngestBenchmark.deleteTree(ourIndex);
        IngestBenchmark.deleteTree(bareIndex);
        if (run % 2 == 0) {
          ours.add(bench.paperScope(corpus, ourIndex));
          rssAfterOurs = run == 0 ? ProcessMemory.peakRssBytes() : rssAfterOurs;
          bare.add(bench.bare(corpus, bareIndex));
        } else {
          bare.add(bench.bare(corpus, bareIndex));
          ours.add(bench.paperScope(corpus, ourIndex));
        }
        IngestBenchmark.deleteTree(bareIndex);
      }
      double oursMedian = median(ours);
      double bareMedian = median(bare);
      out.println("| indexer | papers | runs | median papers/s |");
      out.println("|---|---:|---:|---:|");
      out.printf(
          Locale.ROOT, "| PaperScope ingest | %,d | %d | %,.0f |%n", lines, runs, oursMedian);
      out.printf(
          Locale.ROOT,
          "| bare Lucene indexer (limit) | %,d | %d | %,.0f |%n",
          lines,
          runs,
          bareMedian);
      out.printf(Locale.ROOT, "%nratio PaperScope / bare: %.2f×%n", oursMedian / bareMedian);
      out.printf(
          Locale.ROOT,
          "peak RSS after first PaperScope run: %,.0f MB; after all: %,.0f MB%n",
          rssAfterOurs / 1e6,
          ProcessMemory.peakRssBytes() / 1e6);
      out.flush();
      return 0;
    }

    private static double median(List<IngestBenchmark.Timing> timings) {
      double[] rates =
          timings.stream().mapToDouble(IngestBenchmark.Timing::papersPerSecond).toArray();
      return org.paperscope.bench.Percentiles.of(rates, 50);
    }
  }

  /** {@code bench search}: latency of a fixed query mix against an existing index. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description =
          "Search latency p50/p99 over a fixed mix of queries (facets and snippets included).")
  static final class Search implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(
        names = "--iterations",
        description = "Timed passes over the mix. Default: ${DEFAULT-VALUE}.")
    int iterations = 20;

    @Option(names = "--warmups", description = "Untimed passes first. Default: ${DEFAULT-VALUE}.")
    int warmups = 5;

    @Option(names = "--per-query", description = "Also print p50/p99 of every query of the mix.")
    boolean perQuery;

    @Option(
        names = "--mode",
        description =
            "keyword, semantic or hybrid: how every query of the mix runs (the query is embedded"
                + " for semantic and hybrid). Default: ${DEFAULT-VALUE}.")
    String mode = "keyword";

    @Option(
        names = "--query-cache",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "Lucene's query cache keeps the matches of repeated queries, as in a running server"
                + " (default). --no-query-cache measures every search as if it were new.")
    boolean queryCache;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (LucenePaperSearch searcher =
          LucenePaperSearch.open(common.dataDir, QueryLimits.DEFAULTS)) {
        searcher.useQueryCache(queryCache);
        out.printf(
            Locale.ROOT,
            "index: %,d papers · %s · query cache %s%n%n",
            searcher.paperCount(),
            machine(),
            queryCache ? "on" : "off");
        SearchMode chosen =
            SearchMode.parse(mode)
                .filter(m -> m != SearchMode.AUTO)
                .orElseThrow(
                    () -> new CliErrors.UsageException("--mode: keyword, semantic or hybrid"));
        out.printf(Locale.ROOT, "mode: %s%n%n", chosen.key());
        SearchBenchmark.Report report =
            new SearchBenchmark(searcher, chosen).run(warmups, iterations);
        out.printf(
            Locale.ROOT, "facet values in memory: %,.1f MB%n%n", searcher.facetMemoryBytes() / 1e6);
        table(out, "queries", report.kinds());
        if (perQuery) {
          out.println();
          table(out, "query", report.queries());
        }
      }
      out.printf(Locale.ROOT, "%npeak RSS: %,.0f MB%n", ProcessMemory.peakRssBytes() / 1e6);
      out.flush();
      return 0;
    }
  }

  private static void table(PrintWriter out, String heading, List<SearchBenchmark.Latency> rows) {
    out.println("| " + heading + " | samples | p50 ms | p99 ms | mean hits |");
    out.println("|---|---:|---:|---:|---:|");
    for (SearchBenchmark.Latency l : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %.2f | %.2f | %,.0f |%n",
          l.kind().replace("|", "\\|"),
          l.samples(),
          l.p50Millis(),
          l.p99Millis(),
          l.meanTotal());
    }
  }

  /** {@code bench pdf}: PDF pages per second against pdftotext on the same files. */
  @Command(
      name = "pdf",
      mixinStandardHelpOptions = true,
      description =
          "PDF extraction pages/s, single-threaded and on all cores, against pdftotext (poppler-utils).")
  static final class Pdf implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--pdfs",
        required = true,
        paramLabel = "DIR",
        description = "Folder of PDFs, e.g. ../shared/data/pdfs")
    Path pdfs;

    @Option(
        names = "--runs",
        description = "Timed runs; the median is reported. Default: ${DEFAULT-VALUE}.")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      out.println(machine());
      out.println(
          new PdfBenchmark(PdfLimits.DEFAULTS, runs, Runtime.getRuntime().availableProcessors())
              .run(pdfs)
              .toMarkdown());
      out.flush();
      return 0;
    }
  }
}
