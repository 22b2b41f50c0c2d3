package org.paperscope.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.RamUsageEstimator;
import org.apache.lucene.util.packed.PackedInts;
import org.paperscope.index.lucene.PaperSchema;

/**
 * What counting facets needs of one index reader, built once per reader (as Lucene's {@code
 * SortedSetDocValuesReaderState}): per dimension, the segment-to-global ordinal tables (a few MB at
 * a million papers), so that counting a value is a few array reads and an increment; each segment's
 * facet values in memory ({@link SegmentFacets}), loaded in the background; and the reusable count
 * arrays. {@link FacetCounts} does the per-query counting.
 *
 * <p>Thread-safe. Whoever owns the reader owns this state: close it before the reader (it stops
 * loading segments) and shut down the loading executor.
 */
final class FacetReaderState implements Closeable {
  static final List<String> DIMENSIONS =
      List.of(
          PaperSchema.VENUE,
          PaperSchema.YEAR,
          PaperSchema.TAG,
          PaperSchema.DECISION,
          PaperSchema.AUTHOR);

  private static final List<String> FIELDS =
      DIMENSIONS.stream().map(PaperSchema::facetField).toList();

  private final IndexReader reader;
  private final Dimension[] dimensions;
  private final FacetCountArrays arrays;

  /** Each segment's in-memory values by leaf ordinal; null until loaded (or never loaded). */
  private final AtomicReferenceArray<SegmentFacets> segments;

  /** Loads the segments' values, or (without in-memory values) does nothing. */
  private final FutureTask<Void> loading;

  private volatile boolean closed;

  private FacetReaderState(IndexReader reader, Dimension[] dimensions, boolean inMemory) {
    this.reader = reader;
    this.dimensions = dimensions;
    int[] valueCounts = new int[dimensions.length];
    for (int d = 0; d < dimensions.length; d++) {
      valueCounts[d] = dimensions[d].valueCount();
    }
    this.arrays = new FacetCountArrays(valueCounts);
    this.segments = new AtomicReferenceArray<>(reader.leaves().size());
    this.loading = new FutureTask<>(inMemory ? this::loadSegments : () -> {}, null);
  }

  /**
   * The state of a reader whose segments' facet values load into memory on {@code loader} (counting
   * is exact before they are, only slower on large match sets).
   */
  static FacetReaderState open(IndexReader reader, Executor loader) throws IOException {
    FacetReaderState state = new FacetReaderState(reader, dimensions(reader), true);
    loader.execute(state.loading);
    return state;
  }

  /** The state of a reader that always counts from doc values (slower on large match sets). */
  static FacetReaderState docValuesOnly(IndexReader reader) throws IOException {
    FacetReaderState state = new FacetReaderState(reader, dimensions(reader), false);
    state.loading.run();
    return state;
  }

  /** An executor for {@link #open}: one daemon thread at the lowest priority; shut it down. */
  static ExecutorService newLoader() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "paperscope-facets");
          thread.setDaemon(true);
          thread.setPriority(Thread.MIN_PRIORITY);
          return thread;
        });
  }

  private static Dimension[] dimensions(IndexReader reader) throws IOException {
    Dimension[] dimensions = new Dimension[FIELDS.size()];
    for (int d = 0; d < dimensions.length; d++) {
      dimensions[d] = Dimension.of(reader, FIELDS.get(d));
    }
    return dimensions;
  }

  private void loadSegments() {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (closed) {
        return;
      }
      try {
        SegmentFacets.build(leaf.reader(), FIELDS)
            .ifPresent(built -> segments.set(leaf.ord, built));
      } catch (IOException | RuntimeException e) {
        // The reader was closed under us or a segment could not be read: counting keeps reading
        // its doc values, which gives the same counts.
      }
    }
  }

  /** Waits until every segment's facet values are in memory (counting is exact before, too). */
  void awaitSegments() throws IOException {
    try {
      loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while loading facet values");
    } catch (ExecutionException e) {
      throw new IOException("loading facet values failed", e.getCause());
    }
  }

  /** Heap held for counting: loaded segment values plus the ordinal tables. */
  long memoryBytes() {
    long bytes = 0;
    for (int leaf = 0; leaf < segments.length(); leaf++) {
      SegmentFacets values = segments.get(leaf);
      bytes += values == null ? 0 : values.ramBytesUsed();
    }
    for (Dimension dimension : dimensions) {
      for (int[] map : dimension.toGlobal()) {
        bytes += map == null ? 0 : RamUsageEstimator.sizeOf(map);
      }
      bytes += dimension.ordinals() == null ? 0 : dimension.ordinals().ramBytesUsed();
    }
    return bytes;
  }

  /** The count arrays, sized for this reader, that {@link FacetCounts} borrows. */
  FacetCountArrays arrays() {
    return arrays;
  }

  /** The in-memory facet values of a segment, or null while (or when never) loaded. */
  SegmentFacets segment(LeafReaderContext leaf) {
    return segments.get(leaf.ord);
  }

  /** The doc values field of dimension {@code d} ({@link #DIMENSIONS} order). */
  String field(int d) {
    return dimensions[d].field();
  }

  /**
   * Per dimension, the segment-to-global ordinal table of a segment; an entry is null when segment
   * ordinals are global (one segment).
   */
  int[][] toGlobal(LeafReaderContext leaf) {
    int[][] toGlobal = new int[dimensions.length][];
    for (int d = 0; d < dimensions.length; d++) {
      toGlobal[d] = dimensions[d].toGlobal()[leaf.ord];
    }
    return toGlobal;
  }

  /** The value of global ordinal {@code ord} of dimension {@code d}. */
  String label(int d, int ord) throws IOException {
    return dimensions[d].label(reader, ord);
  }

  /** Stops loading segments (the segment being read finishes); counting still works. */
  @Override
  public void close() {
    closed = true;
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
}
