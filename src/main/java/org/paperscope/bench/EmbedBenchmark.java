package org.paperscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.embed.OnnxEmbedder;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.paper.Paper;

/**
 * Embedding throughput of the enrichment stage against ONNX Runtime alone, in one process, on the
 * same texts and thread count: the baseline runs the model on texts tokenized beforehand and drops
 * the output; PaperScope computes each paper's embedding as enrichment does (tokenize, run, pool,
 * normalise, write the vector to its cache). Rounds alternate, baseline first.
 */
public final class EmbedBenchmark {
  /** One round's figures, in abstracts per second. */
  public record Round(double baselinePerSecond, double paperscopePerSecond) {
    public double ratio() {
      return paperscopePerSecond / baselinePerSecond;
    }
  }

  private final EmbeddingModel model;
  private final int threads;
  private final Path workDir;

  /**
   * @param threads texts embedded at once, one core each
   * @param workDir where the vectors of each PaperScope round are cached (emptied per round)
   */
  public EmbedBenchmark(EmbeddingModel model, int threads, Path workDir) {
    this.model = model;
    this.threads = threads;
    this.workDir = workDir;
  }

  /** Runs {@code rounds} rounds over the papers (after one untimed pass of each side). */
  public List<Round> run(List<Paper> papers, int rounds) throws Exception {
    try (OnnxEmbedder embedder = OnnxEmbedder.open(model, 1, workDir.resolve("djl"))) {
      List<OnnxEmbedder.Tokens> tokens = new ArrayList<>();
      for (Paper paper : papers) {
        tokens.add(embedder.tokenize(org.paperscope.enrich.EmbeddedText.of(paper)));
      }
      baseline(embedder, tokens.subList(0, Math.min(20, tokens.size())));
      paperscope(embedder, papers.subList(0, Math.min(20, papers.size())), 0);
      List<Round> out = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        double base = papers.size() / baseline(embedder, tokens);
        double ours = papers.size() / paperscope(embedder, papers, round);
        out.add(new Round(base, ours));
      }
      return out;
    }
  }

  private double baseline(OnnxEmbedder embedder, List<OnnxEmbedder.Tokens> tokens)
      throws Exception {
    return timed(tokens.size(), i -> embedder.runModel(tokens.get(i)));
  }

  private double paperscope(OnnxEmbedder embedder, List<Paper> papers, int round) throws Exception {
    Path cache = Files.createDirectories(workDir.resolve("round-" + round));
    EmbeddingEnrichment enrichment = EmbeddingEnrichment.withEmbedder(model, cache, embedder);
    return timed(
        papers.size(),
        i -> {
          Paper paper = papers.get(i);
          enrichment.compute(paper, enrichment.contentKey(paper).orElseThrow());
        });
  }

  private interface Work {
    void run(int index) throws Exception;
  }

  /** Seconds for {@code count} items on {@link #threads} threads taking the next item in turn. */
  private double timed(int count, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.run(i);
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }
}
