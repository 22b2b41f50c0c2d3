package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts one query's match set for {@link FacetCounts}: one collector per index slice, each into
 * count arrays borrowed from the state, summed at the end. Each matching document's values are read
 * once and counted under global ordinals, from a segment's in-memory values once loaded, from its
 * doc values before.
 *
 * <p>One instance per search. Arrays lent to collectors belong to the returned {@link FacetCounts}
 * once {@link #reduce} ran; until then {@link #releaseUnreduced} gives them back (a search that
 * failed). Thread-safe as Lucene uses it: collectors are created on the searching thread.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.SliceCounts, FacetCounts> {
  private final FacetReaderState state;
  private final List<int[][]> lent = new ArrayList<>();

  FacetCollectorManager(FacetReaderState state) {
    this.state = state;
  }

  @Override
  public synchronized SliceCounts newCollector() {
    int[][] counts = state.arrays().borrow();
    lent.add(counts);
    return new SliceCounts(counts);
  }

  @Override
  public FacetCounts reduce(Collection<SliceCounts> slices) {
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
    }
    if (sums == null) {
      sums = newCollector().counts;
    }
    handOver(sums);
    return new FacetCounts(state, total, sums);
  }

  /** Releases every lent array but {@code kept}, which now belongs to the caller. */
  private synchronized void handOver(int[][] kept) {
    for (int[][] counts : lent) {
      if (counts != kept) {
        state.arrays().release(counts);
      }
    }
    lent.clear();
  }

  /** Gives back the arrays of a search that did not reach {@link #reduce}; no-op after it. */
  synchronized void releaseUnreduced() {
    lent.forEach(state.arrays()::release);
    lent.clear();
  }

  /** Counts of one index slice. */
  final class SliceCounts implements Collector {
    private final int[][] counts;
    private long total;

    private SliceCounts(int[][] counts) {
      this.counts = counts;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      int[][] toGlobal = state.toGlobal(leaf);
      SegmentFacets loaded = state.segment(leaf);
      return loaded != null ? fromMemory(loaded, toGlobal) : fromDocValues(leaf, toGlobal);
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
      int n = toGlobal.length;
      SortedDocValues[] single = new SortedDocValues[n];
      SortedSetDocValues[] multi = new SortedSetDocValues[n];
      for (int d = 0; d < n; d++) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.field(d));
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
