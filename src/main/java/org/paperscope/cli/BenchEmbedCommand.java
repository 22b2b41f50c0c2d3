package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperscope.bench.EmbedBenchmark;
import org.paperscope.bench.Percentiles;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.eval.BeirFiles;
import org.paperscope.paper.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope bench embed}: embedding throughput against ONNX Runtime alone. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description =
        "Abstracts embedded per second by the enrichment stage (tokenize, run, pool, cache) against"
            + " ONNX Runtime alone on the same pre-tokenized texts and threads, alternating rounds.")
final class BenchEmbedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      description =
          "A BEIR corpus.jsonl whose titles and texts are embedded. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("../shared/data/beir-scifact/corpus.jsonl");

  @Option(names = "--texts", description = "Texts per round. Default: ${DEFAULT-VALUE}.")
  int texts = 400;

  @Option(names = "--rounds", description = "Timed rounds. Default: ${DEFAULT-VALUE}.")
  int rounds = 3;

  @Option(names = "--threads", description = "Texts at once, one core each. Default: cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--model", description = "Default: ${DEFAULT-VALUE}.")
  String model = EmbeddingEnrichment.MODEL.id();

  @Override
  public Integer call() throws Exception {
    if (texts <= 0 || rounds <= 0 || threads <= 0) {
      throw new CliErrors.UsageException("--texts, --rounds and --threads must be positive");
    }
    List<Paper> papers = new ArrayList<>();
    BeirFiles.readCorpus(
        corpus,
        doc -> {
          if (papers.size() < texts) {
            papers.add(Paper.builder(doc.id(), doc.title()).abstractText(doc.text()).build());
          }
        });
    Path work = Files.createTempDirectory("paperscope-bench-embed");
    List<EmbedBenchmark.Round> results;
    try {
      results = new EmbedBenchmark(EmbeddingModel.byId(model), threads, work).run(papers, rounds);
    } finally {
      delete(work);
    }
    print(spec.commandLine().getOut(), papers.size(), results);
    return 0;
  }

  private void print(PrintWriter out, int count, List<EmbedBenchmark.Round> results) {
    out.printf(
        Locale.ROOT,
        "%s · %,d texts · %d threads · %s%n%n",
        model,
        count,
        threads,
        Runtime.version());
    out.println("| round | ONNX Runtime alone /s | PaperScope /s | ratio |");
    out.println("|---:|---:|---:|---:|");
    int round = 1;
    for (EmbedBenchmark.Round r : results) {
      out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.1f | %.2f |%n",
          round++,
          r.baselinePerSecond(),
          r.paperscopePerSecond(),
          r.ratio());
    }
    double[] ratios = results.stream().mapToDouble(EmbedBenchmark.Round::ratio).toArray();
    out.printf(Locale.ROOT, "%nmedian ratio: %.2f%n", Percentiles.of(ratios, 50));
    out.flush();
  }

  private static void delete(Path dir) throws java.io.IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** {@code paperscope bench similar}: similar papers for every paper of an index. */
  @Command(
      name = "similar",
      mixinStandardHelpOptions = true,
      description =
          "Time to list the similar papers of every paper of an index (as the paper pages do), one"
              + " thread per core, with per-paper p50/p99.")
  static final class Similar implements Callable<Integer> {
    @picocli.CommandLine.Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--limit", description = "Similar papers each. Default: ${DEFAULT-VALUE}.")
    int limit = 10;

    @Option(names = "--threads", description = "Default: cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      List<String> ids = new ArrayList<>();
      try (org.paperscope.search.PaperSearch papers =
          org.paperscope.search.SearchBackend.openConfigured(
              org.paperscope.data.DataDir.of(common.dataDir),
              org.paperscope.search.QueryLimits.DEFAULTS)) {
        papers.forEachPaper(p -> ids.add(p.id()));
        double[] millis = new double[ids.size()];
        java.util.concurrent.atomic.AtomicInteger next =
            new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool =
            java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < ids.size();
                        i = next.getAndIncrement()) {
                      long one = System.nanoTime();
                      papers.similar(ids.get(i), limit);
                      millis[i] = (System.nanoTime() - one) / 1e6;
                    }
                    return null;
                  }));
        }
        for (java.util.concurrent.Future<?> future : futures) {
          future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "similar papers of %,d papers in %.1f s (%d threads) · per paper p50 %.2f ms, p99"
                    + " %.2f ms%n",
                ids.size(),
                seconds,
                threads,
                Percentiles.of(millis, 50),
                Percentiles.of(millis, 99));
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
