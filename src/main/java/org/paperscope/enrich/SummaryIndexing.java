package org.paperscope.enrich;

import java.io.IOException;
import java.util.List;
import org.paperscope.index.EnrichmentWriter;
import org.paperscope.summaries.SummaryIndexQueue;

/**
 * Takes up summary changes in the index: rewrites the documents of the papers in the store's index
 * queue (each rewrite reads the paper's public summaries through {@link SummaryEnrichment}),
 * commits, then takes them off the queue. A crash before the commit leaves them queued; one after
 * it only rewrites them again.
 */
public final class SummaryIndexing {
  /** Papers rewritten per commit. */
  static final int BATCH = 500;

  private final SummaryIndexQueue queue;

  public SummaryIndexing(SummaryIndexQueue queue) {
    this.queue = queue;
  }

  /** Whether any paper is waiting. */
  public boolean pending() {
    return !queue.pending(1).isEmpty();
  }

  /**
   * Rewrites every queued paper through {@code writer}, committing each batch; a queued id the
   * index does not have (a summary of a paper not ingested here) is taken off too.
   *
   * @return the papers taken up
   */
  public int drain(EnrichmentWriter writer) throws IOException {
    int total = 0;
    while (true) {
      List<SummaryIndexQueue.Pending> batch = queue.pending(BATCH);
      if (batch.isEmpty()) {
        return total;
      }
      for (SummaryIndexQueue.Pending pending : batch) {
        writer.refresh(pending.paperId());
      }
      writer.commit();
      queue.done(batch);
      total += batch.size();
      if (batch.size() < BATCH) {
        return total;
      }
    }
  }
}
