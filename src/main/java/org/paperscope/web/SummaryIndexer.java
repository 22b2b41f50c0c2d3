package org.paperscope.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.Enrichments;
import org.paperscope.enrich.SummaryIndexing;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.summaries.SummaryIndexQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes summary changes searchable while the server runs: every {@link #INTERVAL_MILLIS} it looks
 * at the store's index queue and, when papers wait, opens the index for writing, rewrites them and
 * commits; the live index picks the commit up within a second. When an ingest or enrichment holds
 * the index, it waits for the next round (and {@code paperscope enrich} takes the queue up too).
 *
 * <p>Thread-safe; one background thread.
 */
final class SummaryIndexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SummaryIndexer.class);

  /** How often the queue is looked at. */
  static final long INTERVAL_MILLIS = 2_000;

  private final Path indexDir;
  private final SummaryIndexing indexing;
  private final Enrichments enrichments;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("paperscope-summary-index").unstarted(r));

  SummaryIndexer(Path dataDir, Store store, StoreLocation location) {
    DataDir data = DataDir.of(dataDir);
    this.indexDir = data.index();
    this.indexing = new SummaryIndexing(new SummaryIndexQueue(store));
    // Lookups only: rewriting a document takes up stored results, it never computes one.
    this.enrichments = Enrichments.standard(data, location);
  }

  /** Starts looking at the queue in the background. */
  void start() {
    thread.scheduleWithFixedDelay(this::round, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Takes up the waiting papers now, if the index is free; the number taken up. */
  synchronized int round() {
    try {
      if (!indexing.pending()) {
        return 0;
      }
      try (PaperIndexWriter writer = PaperIndexWriter.open(indexDir, 16, 1, enrichments)) {
        return indexing.drain(writer);
      }
    } catch (LockObtainFailedException e) {
      return 0; // an ingest or enrichment is writing; next round
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt(); // the server is stopping
      return 0;
    } catch (IOException | RuntimeException e) {
      LOG.warn("summaries could not be indexed yet; retrying", e);
      return 0;
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    enrichments.close();
  }
}
