package org.paperscope.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.lucene.LucenePaperSearch;

/**
 * Search latency over a fixed query mix: every search asks for the exact total, facets (top 10 of
 * each dimension) and snippets of the first 10 hits, as the results page does.
 */
public final class SearchBenchmark {
  /** The mix, by kind. Fixed so figures compare across runs and corpus sizes. */
  public static final Map<String, List<String>> MIX = mix();

  /** Latency figures of one kind of query, in milliseconds. */
  public record Latency(
      String kind, int samples, double p50Millis, double p99Millis, double meanTotal) {}

  private final LucenePaperSearch searcher;
  private final SearchMode mode;

  /** The mix in keyword mode, as every figure before search by meaning was measured. */
  public SearchBenchmark(LucenePaperSearch searcher) {
    this(searcher, SearchMode.KEYWORD);
  }

  /** The mix in the given mode (semantic and hybrid embed each query: that is measured too). */
  public SearchBenchmark(LucenePaperSearch searcher, SearchMode mode) {
    this.searcher = searcher;
    this.mode = mode;
  }

  /** Figures per kind of query (the last row: all queries), and per query. */
  public record Report(List<Latency> kinds, List<Latency> queries) {}

  /**
   * Runs the mix {@code warmups} times untimed, then {@code iterations} times timed, once the
   * searcher has loaded its facet values (the steady state of a server).
   */
  public Report run(int warmups, int iterations) throws IOException, QuerySyntaxException {
    searcher.awaitFacets();
    for (int i = 0; i < warmups; i++) {
      for (List<String> queries : MIX.values()) {
        for (String q : queries) {
          searcher.search(request(q));
        }
      }
    }
    List<Latency> kinds = new ArrayList<>();
    List<Latency> perQuery = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    long allTotals = 0;
    for (Map.Entry<String, List<String>> kind : MIX.entrySet()) {
      List<Double> millis = new ArrayList<>();
      Map<String, List<Double>> byQuery = new LinkedHashMap<>();
      Map<String, Long> queryTotals = new LinkedHashMap<>();
      long totals = 0;
      for (int i = 0; i < iterations; i++) {
        for (String q : kind.getValue()) {
          long start = System.nanoTime();
          long total = searcher.search(request(q)).total();
          double elapsed = (System.nanoTime() - start) / 1e6;
          totals += total;
          millis.add(elapsed);
          byQuery.computeIfAbsent(q, key -> new ArrayList<>()).add(elapsed);
          queryTotals.merge(q, total, Long::sum);
        }
      }
      byQuery.forEach((q, times) -> perQuery.add(latency(q, times, queryTotals.get(q))));
      all.addAll(millis);
      allTotals += totals;
      kinds.add(latency(kind.getKey(), millis, totals));
    }
    kinds.add(latency("all", all, allTotals));
    return new Report(kinds, perQuery);
  }

  private static Latency latency(String kind, List<Double> millis, long totals) {
    double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
    return new Latency(
        kind,
        values.length,
        Percentiles.of(values, 50),
        Percentiles.of(values, 99),
        values.length == 0 ? 0 : (double) totals / values.length);
  }

  private SearchRequest request(String query) {
    return SearchRequest.builder(query).mode(mode).facetLimit(10).build();
  }

  private static Map<String, List<String>> mix() {
    Map<String, List<String>> mix = new LinkedHashMap<>();
    mix.put(
        "terms",
        List.of(
            "graph neural network",
            "reinforcement learning",
            "generative adversarial",
            "attention",
            "bayesian optimization",
            "meta learning",
            "variational inference",
            "convolutional"));
    mix.put(
        "phrases",
        List.of(
            "\"data augmentation\"",
            "\"few-shot learning\"",
            "\"gradient descent\"",
            "\"neural architecture search\"",
            "\"knowledge distillation\""));
    mix.put(
        "boolean",
        List.of(
            "(gan OR vae) AND image",
            "reinforcement -robot",
            "transformer NOT language",
            "\"graph neural\" AND (molecule OR protein)",
            "adversarial AND (robustness OR defense)"));
    mix.put(
        "fields",
        List.of(
            "title:transformer",
            "author:bengio",
            "venue:ICLR year:2018..2020",
            "decision:oral",
            "tag:\"deep learning\"",
            "abstract:\"state of the art\"",
            "year:2017 optimization"));
    mix.put("broad+facets", List.of("learning", "neural", "model"));
    return mix;
  }
}
