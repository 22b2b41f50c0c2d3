package org.paperscope.search.lucene;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Count arrays for one reader's facet dimensions (one {@code int[]} per dimension, indexed by
 * global ordinal), kept for reuse: at a million papers a search would otherwise allocate a few MB
 * of counters, and the young collections that this churn causes are the slowest searches.
 *
 * <p>Every {@link #borrow} is paired with one {@link #release}, in a {@code finally} or a {@code
 * try}-with-resources, so that arrays come back when counting fails. Thread-safe.
 */
final class FacetCountArrays {
  /** Arrays kept for reuse: enough for a few concurrent searches over all slices. */
  private static final int MAX_SPARE = 32;

  private final int[] valueCounts;
  private final Queue<int[][]> spare = new ConcurrentLinkedQueue<>();
  private final AtomicInteger lent = new AtomicInteger();

  /** Arrays sized {@code valueCounts[d]} for each dimension {@code d}. */
  FacetCountArrays(int[] valueCounts) {
    this.valueCounts = valueCounts.clone();
  }

  /** Zeroed count arrays, one per dimension; give them back with {@link #release}. */
  int[][] borrow() {
    lent.incrementAndGet();
    int[][] counts = spare.poll();
    if (counts != null) {
      return counts;
    }
    counts = new int[valueCounts.length][];
    for (int d = 0; d < valueCounts.length; d++) {
      counts[d] = new int[valueCounts[d]];
    }
    return counts;
  }

  /** Takes back arrays from {@link #borrow}; the caller must not use them after. */
  void release(int[][] counts) {
    lent.decrementAndGet();
    if (spare.size() < MAX_SPARE) {
      for (int[] dimension : counts) {
        Arrays.fill(dimension, 0);
      }
      spare.offer(counts);
    }
  }

  /** Arrays borrowed and not yet released (zero between searches). */
  int lent() {
    return lent.get();
  }
}
