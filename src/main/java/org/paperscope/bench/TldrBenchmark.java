package org.paperscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.paperscope.enrich.EnrichmentException;
import org.paperscope.enrich.TldrEnrichment;
import org.paperscope.paper.Paper;
import org.paperscope.tldr.AutoTldr;
import org.paperscope.tldr.Sentences;

/**
 * Auto-TLDRs written per second, one thread: the enrichment's work for each paper (split the
 * abstract, make and rank its candidates, write the cache entry) against splitting the abstract
 * alone (the least any method that picks a sentence must do), alternating rounds in one process.
 */
public final class TldrBenchmark {
  /** Papers per second of each round, for both. */
  public record Result(List<Double> enrichment, List<Double> splitOnly) {}

  private TldrBenchmark() {}

  /**
   * @param papers titles and abstracts
   * @throws IOException when the temporary cache cannot be written
   */
  public static Result run(List<Paper> papers, int rounds) throws IOException {
    Path cache = Files.createTempDirectory("paperscope-tldr-bench");
    try {
      TldrEnrichment tldrs = new TldrEnrichment(AutoTldr.shipped(), cache);
      List<Double> enrichment = new ArrayList<>();
      List<Double> splitOnly = new ArrayList<>();
      // One untimed round each, so the JIT has compiled both.
      enrich(tldrs, papers);
      split(papers);
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        enrich(tldrs, papers);
        enrichment.add(papers.size() / ((System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        split(papers);
        splitOnly.add(papers.size() / ((System.nanoTime() - start) / 1e9));
      }
      return new Result(enrichment, splitOnly);
    } finally {
      try (Stream<Path> files = Files.walk(cache)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static void enrich(TldrEnrichment tldrs, List<Paper> papers) {
    for (Paper paper : papers) {
      String key = tldrs.contentKey(paper).orElseThrow();
      try {
        tldrs.compute(paper, key);
      } catch (EnrichmentException e) {
        // A paper without a TL;DR costs its time all the same.
      }
    }
  }

  private static int split(List<Paper> papers) {
    int sentences = 0;
    for (Paper paper : papers) {
      sentences += Sentences.split(paper.abstractText()).size();
    }
    return sentences;
  }
}
