package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Every facet value of every document of one index segment, held in memory as one array of entries
 * per document ({@code dimension << 27 | segment ordinal}), so that counting a match set reads a
 * few consecutive ints per document instead of decoding doc values (about 4× faster on broad
 * queries).
 *
 * <p>Built once per segment of a reader, in the background, by {@link FacetReaderState}; until a
 * segment's entries are ready, counting reads its doc values directly: the counts are the same
 * either way. Memory: about 4 bytes per facet value plus 4 per document (roughly 50 MB at a million
 * papers). Immutable once built.
 */
final class SegmentFacets {
  static final int DIMENSION_SHIFT = 27;
  static final int ORD_MASK = (1 << DIMENSION_SHIFT) - 1;

  /** Start of each document's entries; document {@code d} owns {@code [starts[d], starts[d+1])}. */
  final int[] starts;

  /** {@code dimension << DIMENSION_SHIFT | segment ordinal} per facet value. */
  final int[] entries;

  private SegmentFacets(int[] starts, int[] entries) {
    this.starts = starts;
    this.entries = entries;
  }

  /**
   * Reads a segment's facet doc values into entries; empty when a dimension has too many values.
   */
  static Optional<SegmentFacets> build(LeafReader segment, List<String> fields) throws IOException {
    int maxDoc = segment.maxDoc();
    SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
    for (int d = 0; d < values.length; d++) {
      values[d] = DocValues.getSortedSet(segment, fields.get(d));
      if (values[d].getValueCount() > ORD_MASK) {
        return Optional.empty();
      }
    }
    int[] starts = new int[maxDoc + 1];
    int[] entries = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = n;
      for (int d = 0; d < values.length; d++) {
        SortedSetDocValues dimension = values[d];
        if (!dimension.advanceExact(doc)) {
          continue;
        }
        int count = dimension.docValueCount();
        if (n + count > entries.length) {
          entries = ArrayUtil.grow(entries, n + count);
        }
        for (int i = 0; i < count; i++) {
          entries[n++] = d << DIMENSION_SHIFT | (int) dimension.nextOrd();
        }
      }
    }
    starts[maxDoc] = n;
    return Optional.of(new SegmentFacets(starts, ArrayUtil.copyOfSubArray(entries, 0, n)));
  }

  /** Heap bytes held by the entries. */
  long ramBytesUsed() {
    return RamUsageEstimator.sizeOf(starts) + RamUsageEstimator.sizeOf(entries);
  }
}
