package org.paperscope.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.RamUsageEstimator;
import org.apache.lucene.util.packed.PackedInts;
import org.paperscope.index.PaperSchema;

/**
 * Counts the exact total and every facet dimension (venue, year, tag, decision, author) of a match
 * set in one pass: each matching document's values are read once and counted under global ordinals,
 * each index slice into its own arrays, summed at the end.
 *
 * <p>Values are read from {@link SegmentFacets} (in memory) once a segment's are loaded, from doc
 * values before. The segment-to-global ordinal tables are built once per reader (a few MB at a
 * million papers), so counting a value is a few array reads and an increment. Thread-safe.
 */
final class FacetCounter {
  static final List<String> DIMENSIONS =
      List.of(
          PaperSchema.VENUE,
          PaperSchema.YEAR,
          PaperSchema.TAG,
          PaperSchema.DECISION,
          PaperSchema.AUTHOR);

  private static final List<String> FIELDS =
      DIMENSIONS.stream().map(PaperSchema::facetField).toList();

  /** Count arrays kept for reuse: enough for a few concurrent searches over all slices. */
  private static final int MAX_SPARE = 32;

  private final IndexReader reader;
  private final Dimension[] dimensions;

  private final Queue<int[][]> spare = new ConcurrentLinkedQueue<>();
  private final boolean inMemory;
  private final Future<?> segments;

  FacetCounter(IndexReader reader) throws IOException {
    this(reader, true);
  }

  /**
   * @param inMemory whether to load segments' facet values into memory; without, counting always
   *     reads doc values (slower on large match sets, same counts)
   */
  FacetCounter(IndexReader reader, boolean inMemory) throws IOException {
    this.reader = reader;
    this.inMemory = inMemory;
    this.dimensions = new Dimension[DIMENSIONS.size()];
    for (int d = 0; d < dimensions.length; d++) {
      dimensions[d] = Dimension.of(reader, FIELDS.get(d));
    }
    this.segments =
        inMemory ? SegmentFacets.prepare(reader, FIELDS) : CompletableFuture.completedFuture(null);
  }

  /** Waits until every segment's facet values are in memory (counting is exact before, too). */
  void awaitSegments() throws IOException {
    try {
      segments.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while loading facet values");
    } catch (ExecutionException e) {
      throw new IOException("loading facet values failed", e.getCause());
    }
  }

  /** Heap held for counting: loaded segment values plus this reader's ordinal tables. */
  long memoryBytes() {
    long bytes = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      bytes += SegmentFacets.of(leaf.reader()).map(SegmentFacets::ramBytesUsed).orElse(0L);
    }
    for (Dimension dimension : dimensions) {
      for (int[] map : dimension.toGlobal()) {
        bytes += map == null ? 0 : RamUsageEstimator.sizeOf(map);
      }
      bytes += dimension.ordinals() == null ? 0 : dimension.ordinals().ramBytesUsed();
    }
    return bytes;
  }

  /** Exact total and counts per global ordinal of every dimension ({@link #DIMENSIONS} order). */
  record Tally(long total, int[][] counts) {}

  /** Counts a query's whole match set. */
  Tally count(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new Manager());
  }

  /** Top {@code limit} values of every dimension, by count then value. */
  Map<String, Map<String, Long>> top(Tally tally, int limit) throws IOException {
    return top(tally, dimension -> limit);
  }

  /** Top values of every dimension, each as many as {@code limits} says, by count then value. */
  Map<String, Map<String, Long>> top(Tally tally, ToIntFunction<String> limits) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int d = 0; d < dimensions.length; d++) {
      out.put(DIMENSIONS.get(d), top(d, tally, limits.applyAsInt(DIMENSIONS.get(d))));
    }
    return out;
  }

  /** Top {@code limit} values of one dimension, by count then value. */
  Map<String, Long> top(Tally tally, String dimension, int limit) throws IOException {
    return top(DIMENSIONS.indexOf(dimension), tally, limit);
  }

  /** Every value of one dimension over the whole index, by count then value. */
  Map<String, Long> countAll(IndexSearcher searcher, String dimension) throws IOException {
    int d = DIMENSIONS.indexOf(dimension);
    if (d < 0) {
      throw new IllegalArgumentException(
          "unknown facet '" + dimension + "'; use one of " + DIMENSIONS);
    }
    Tally all = count(searcher, new MatchAllDocsQuery());
    try {
      return top(d, all, Integer.MAX_VALUE);
    } finally {
      release(all);
    }
  }

  private Map<String, Long> top(int d, Tally tally, int limit) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    if (limit <= 0 || tally.total() == 0) {
      return values;
    }
    int[] counts = tally.counts()[d];
    long[] best = best(counts, limit);
    Dimension dimension = dimensions[d];
    for (long key : best) {
      int ord = Integer.MAX_VALUE - (int) key;
      values.put(dimension.label(reader, ord), key >>> 32);
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

  /** One facet field: its global value count and, per segment, segment ordinal → global ordinal. */
  private record Dimension(String field, int valueCount, OrdinalMap ordinals, int[][] toGlobal) {
    static Dimension of(IndexReader reader, String field) throws IOException {
      List<LeafReaderContext> leaves = reader.leaves();
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      }
      if (leaves.size() <= 1) {
        int count = values.length == 0 ? 0 : Math.toIntExact(values[0].getValueCount());
        return new Dimension(field, count, null, new int[leaves.size()][]);
      }
      OrdinalMap ordinals =
          OrdinalMap.build(reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT);
      int[][] toGlobal = new int[leaves.size()][];
      for (int segment = 0; segment < values.length; segment++) {
        int segmentValues = Math.toIntExact(values[segment].getValueCount());
        int[] map = new int[segmentValues];
        var global = ordinals.getGlobalOrds(segment);
        for (int ord = 0; ord < segmentValues; ord++) {
          map[ord] = Math.toIntExact(global.get(ord));
        }
        toGlobal[segment] = map;
      }
      return new Dimension(field, Math.toIntExact(ordinals.getValueCount()), ordinals, toGlobal);
    }

    String label(IndexReader reader, int globalOrd) throws IOException {
      int segment = ordinals == null ? 0 : ordinals.getFirstSegmentNumber(globalOrd);
      long ord = ordinals == null ? globalOrd : ordinals.getFirstSegmentOrd(globalOrd);
      SortedSetDocValues values =
          DocValues.getSortedSet(reader.leaves().get(segment).reader(), field);
      return values.lookupOrd(ord).utf8ToString();
    }
  }

  /** One collector per index slice; the slices' counts are summed. */
  private final class Manager implements CollectorManager<SliceCounts, Tally> {
    @Override
    public SliceCounts newCollector() {
      return new SliceCounts();
    }

    @Override
    public Tally reduce(Collection<SliceCounts> slices) {
      long total = 0;
      int[][] sums = null;
      for (SliceCounts slice : slices) {
        total += slice.total;
        if (sums == null) {
          sums = slice.counts;
          continue;
        }
        for (int d = 0; d < sums.length; d++) {
          int[] into = sums[d];
          int[] from = slice.counts[d];
          for (int ord = 0; ord < into.length; ord++) {
            into[ord] += from[ord];
          }
        }
        recycle(slice.counts);
      }
      return new Tally(total, sums == null ? borrow() : sums);
    }
  }

  /**
   * Returns a tally's count arrays for reuse once its values are read: at a million papers a search
   * would otherwise allocate a few MB of counters, and the young collections that this churn causes
   * are the slowest searches.
   */
  void release(Tally tally) {
    recycle(tally.counts());
  }

  private int[][] borrow() {
    int[][] counts = spare.poll();
    if (counts != null) {
      return counts;
    }
    counts = new int[dimensions.length][];
    for (int d = 0; d < dimensions.length; d++) {
      counts[d] = new int[dimensions[d].valueCount()];
    }
    return counts;
  }

  private void recycle(int[][] counts) {
    if (spare.size() < MAX_SPARE) {
      for (int[] dimension : counts) {
        Arrays.fill(dimension, 0);
      }
      spare.offer(counts);
    }
  }

  private final class SliceCounts implements Collector {
    final int[][] counts = borrow();
    long total;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      int n = dimensions.length;
      int[][] toGlobal = new int[n][];
      for (int d = 0; d < n; d++) {
        toGlobal[d] = dimensions[d].toGlobal()[leaf.ord];
      }
      Optional<SegmentFacets> loaded =
          inMemory ? SegmentFacets.of(leaf.reader()) : Optional.empty();
      if (loaded.isPresent()) {
        return fromMemory(loaded.get(), toGlobal);
      }
      return fromDocValues(leaf, toGlobal);
    }

    private LeafCollector fromMemory(SegmentFacets facets, int[][] toGlobal) {
      int[] starts = facets.starts;
      int[] entries = facets.entries;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          total++;
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int entry = entries[i];
            int d = entry >>> SegmentFacets.DIMENSION_SHIFT;
            int ord = entry & SegmentFacets.ORD_MASK;
            int[] map = toGlobal[d];
            counts[d][map == null ? ord : map[ord]]++;
          }
        }
      };
    }

    private LeafCollector fromDocValues(LeafReaderContext leaf, int[][] toGlobal)
        throws IOException {
      int n = dimensions.length;
      SortedDocValues[] single = new SortedDocValues[n];
      SortedSetDocValues[] multi = new SortedSetDocValues[n];
      for (int d = 0; d < n; d++) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), dimensions[d].field());
        single[d] = DocValues.unwrapSingleton(values);
        multi[d] = single[d] == null ? values : null;
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          for (int d = 0; d < n; d++) {
            int[] map = toGlobal[d];
            int[] into = counts[d];
            SortedDocValues one = single[d];
            if (one != null) {
              if (one.advanceExact(doc)) {
                int ord = one.ordValue();
                into[map == null ? ord : map[ord]]++;
              }
              continue;
            }
            SortedSetDocValues many = multi[d];
            if (many.advanceExact(doc)) {
              for (int i = many.docValueCount(); i > 0; i--) {
                int ord = (int) many.nextOrd();
                into[map == null ? ord : map[ord]]++;
              }
            }
          }
        }
      };
    }
  }
}
