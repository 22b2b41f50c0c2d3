package org.paperscope.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.paperscope.index.PaperSchema;

/**
 * Counts facet values (venue, year, tag, decision, author) over a whole match set. The ordinal
 * maps are built once per reader. Thread-safe.
 */
final class FacetCounter {
  static final List<String> DIMENSIONS =
      List.of(PaperSchema.VENUE, PaperSchema.YEAR, PaperSchema.TAG, PaperSchema.DECISION, PaperSchema.AUTHOR);

  private final Map<String, StringDocValuesReaderState> states = new HashMap<>();

  FacetCounter(IndexReader reader) throws IOException {
    for (String dimension : DIMENSIONS) {
      states.put(dimension, new StringDocValuesReaderState(reader, PaperSchema.facetField(dimension)));
    }
  }

  /** Exact number of matching documents collected. */
  static long total(FacetsCollector collector) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return total;
  }

  /**
   * Top {@code limit} values of every dimension, the dimensions counted in parallel on {@code
   * executor} (counting a large match set is the costliest part of a broad search).
   */
  Map<String, Map<String, Long>> count(FacetsCollector hits, int limit, Executor executor)
      throws IOException {
    Map<String, CompletableFuture<Map<String, Long>>> pending = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      pending.put(dimension, CompletableFuture.supplyAsync(() -> topUnchecked(dimension, hits, limit), executor));
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Map.Entry<String, CompletableFuture<Map<String, Long>>> entry : pending.entrySet()) {
      try {
        out.put(entry.getKey(), entry.getValue().join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
    }
    return out;
  }

  private Map<String, Long> topUnchecked(String dimension, FacetsCollector hits, int limit) {
    try {
      return top(dimension, hits, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every value of one dimension over the whole index. */
  Map<String, Long> countAll(IndexSearcher searcher, String dimension) throws IOException {
    if (!states.containsKey(dimension)) {
      throw new IllegalArgumentException("unknown facet '" + dimension + "'; use one of " + DIMENSIONS);
    }
    FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    return top(dimension, all, Integer.MAX_VALUE);
  }

  private Map<String, Long> top(String dimension, FacetsCollector hits, int limit) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    if (limit <= 0 || total(hits) == 0) {
      return values;
    }
    StringValueFacetCounts counts = new StringValueFacetCounts(states.get(dimension), hits);
    String field = PaperSchema.facetField(dimension);
    // Top-N uses a bounded queue; only "all values" (the tags page) needs the full list.
    FacetResult result =
        limit == Integer.MAX_VALUE ? counts.getAllChildren(field) : counts.getTopChildren(limit, field);
    if (result == null) {
      return values;
    }
    List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
    sorted.sort(
        (a, b) -> {
          int byCount = Long.compare(b.value.longValue(), a.value.longValue());
          return byCount != 0 ? byCount : a.label.compareTo(b.label);
        });
    for (LabelAndValue value : sorted.subList(0, Math.min(limit, sorted.size()))) {
      values.put(value.label, value.value.longValue());
    }
    return values;
  }
}
