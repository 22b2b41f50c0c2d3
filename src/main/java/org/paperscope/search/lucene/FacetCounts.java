package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.LongHeap;

/**
 * The exact total and the counts of every facet dimension ({@link FacetReaderState#DIMENSIONS}) of
 * one query's match set, counted in one pass (as Lucene's {@code SortedSetDocValuesFacetCounts}
 * beside its reader state); values rank by count, then in byte order.
 *
 * <p>Holds count arrays borrowed from the state: close it (try-with-resources) once its values are
 * read. Not thread-safe: one instance per query.
 */
final class FacetCounts implements AutoCloseable {
  private final FacetReaderState state;
  private final long total;
  private final int[][] counts;
  private boolean closed;

  /** Takes over {@code counts}, borrowed from the state's arrays. */
  FacetCounts(FacetReaderState state, long total, int[][] counts) {
    this.state = state;
    this.total = total;
    this.counts = counts;
  }

  /**
   * Counts a query's whole match set; {@code searcher} searches the state's reader. Count arrays go
   * back to the state when counting fails.
   */
  static FacetCounts count(FacetReaderState state, IndexSearcher searcher, Query query)
      throws IOException {
    FacetCollectorManager manager = new FacetCollectorManager(state);
    try {
      return searcher.search(query, manager);
    } finally {
      manager.releaseUnreduced();
    }
  }

  /** A filtered search's exact total and the top values of every facet dimension. */
  record Summary(long total, Map<String, Map<String, Long>> top) {}

  /**
   * Counts the match set of {@code main} restricted by {@code filters}: its total and top values,
   * each dimension as many as {@code limits} says. A filtered dimension is counted drill-sideways,
   * over the match set without its own filters, so that its other values stay selectable.
   */
  static Summary ofSearch(
      FacetReaderState state,
      IndexSearcher searcher,
      Query main,
      FilterGroups filters,
      ToIntFunction<String> limits)
      throws IOException {
    Summary summary;
    try (FacetCounts all = count(state, searcher, filters.apply(main))) {
      summary = new Summary(all.total(), all.top(limits));
    }
    for (String dimension : filters.dimensions()) {
      try (FacetCounts side = count(state, searcher, filters.applyExcept(main, dimension))) {
        summary.top().put(dimension, side.top(dimension, limits.applyAsInt(dimension)));
      }
    }
    return summary;
  }

  /**
   * Every value of one dimension over the whole index, by count then value.
   *
   * @throws IllegalArgumentException when {@code dimension} is not a facet dimension
   */
  static Map<String, Long> countAll(
      FacetReaderState state, IndexSearcher searcher, String dimension) throws IOException {
    if (!FacetReaderState.DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException(
          "unknown facet '" + dimension + "'; use one of " + FacetReaderState.DIMENSIONS);
    }
    try (FacetCounts all = count(state, searcher, new MatchAllDocsQuery())) {
      return all.top(dimension, Integer.MAX_VALUE);
    }
  }

  /** Number of matching documents. */
  long total() {
    return total;
  }

  /** Top {@code limit} values of every dimension, by count then value; a mutable map. */
  Map<String, Map<String, Long>> top(int limit) throws IOException {
    return top(dimension -> limit);
  }

  /** Top values of every dimension, each as many as {@code limits} says; a mutable map. */
  Map<String, Map<String, Long>> top(ToIntFunction<String> limits) throws IOException {
    List<String> dimensions = FacetReaderState.DIMENSIONS;
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      out.put(dimensions.get(d), top(d, limits.applyAsInt(dimensions.get(d))));
    }
    return out;
  }

  /** Top {@code limit} values of one dimension, by count then value. */
  Map<String, Long> top(String dimension, int limit) throws IOException {
    return top(FacetReaderState.DIMENSIONS.indexOf(dimension), limit);
  }

  /** Gives the count arrays back to the state; the counts are unreadable after. Idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      state.arrays().release(counts);
    }
  }

  private Map<String, Long> top(int d, int limit) throws IOException {
    if (closed) {
      throw new IllegalStateException("facet counts read after close");
    }
    Map<String, Long> values = new LinkedHashMap<>();
    if (limit <= 0 || total == 0) {
      return values;
    }
    for (long key : best(counts[d], limit)) {
      int ord = Integer.MAX_VALUE - (int) key;
      values.put(state.label(d, ord), key >>> 32);
    }
    return values;
  }

  /**
   * The {@code limit} best non-zero counts, best first, each as {@code count << 32 | (MAX - ord)}
   * so that a larger key is a larger count or, for equal counts, a smaller ordinal (an earlier
   * value in byte order).
   */
  private static long[] best(int[] counts, int limit) {
    if (limit >= counts.length) {
      long[] all = new long[counts.length];
      int n = 0;
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          all[n++] = key(counts[ord], ord);
        }
      }
      long[] sorted = Arrays.copyOf(all, n);
      Arrays.sort(sorted);
      reverse(sorted);
      return sorted;
    }
    LongHeap heap = new LongHeap(limit);
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        heap.insertWithOverflow(key(counts[ord], ord));
      }
    }
    long[] sorted = new long[heap.size()];
    for (int i = sorted.length - 1; i >= 0; i--) {
      sorted[i] = heap.pop();
    }
    return sorted;
  }

  private static long key(int count, int ord) {
    return ((long) count << 32) | (Integer.MAX_VALUE - ord);
  }

  private static void reverse(long[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      long swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
