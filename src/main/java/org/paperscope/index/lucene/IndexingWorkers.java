package org.paperscope.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.paperscope.enrich.Enrichments;
import org.paperscope.paper.Paper;

/**
 * Turns papers into documents ({@link PaperDocuments}) and adds them to the index on worker
 * threads. A full queue makes the caller analyse the document itself. The first worker failure is
 * kept and rethrown by the next {@link #rethrowFailure} or {@link #drain}.
 *
 * <p>One thread queues documents and drains; the workers write to the thread-safe {@link
 * IndexWriter}. Documents queued together may reach the index in any order.
 */
final class IndexingWorkers {
  private final IndexWriter writer;
  private final Enrichments enrichments;
  private final ExecutorService workers;
  private final Phaser pending = new Phaser(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Number of documents queued so far, to tell whether a reader may be stale. */
  private long queued;

  /**
   * Starts the workers that write to {@code writer}.
   *
   * @param threads worker threads, at least 1
   * @param enrichments resolves each paper's stored enrichment results for its document
   */
  IndexingWorkers(IndexWriter writer, int threads, Enrichments enrichments) {
    this.writer = writer;
    this.enrichments = enrichments;
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 256),
            new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Queues the paper as a new document; the caller knows the index does not hold its id. */
  void add(Paper paper, String json, String hash) {
    queue(paper, json, hash, writer::addDocument);
  }

  /** Queues the paper as the document replacing the one with its id. */
  void replace(Paper paper, String json, String hash) {
    Term id = new Term(PaperSchema.ID, paper.id());
    queue(paper, json, hash, doc -> writer.updateDocument(id, doc));
  }

  /** Number of documents queued since this was created. */
  long queued() {
    return queued;
  }

  /**
   * Waits until every queued document is written.
   *
   * @throws IOException (or {@link UncheckedIOException}) when a worker failed
   */
  void drain() throws IOException {
    pending.arriveAndAwaitAdvance();
    rethrowFailure();
  }

  /** Throws the first worker failure, if any: IOException as such, anything else unchecked. */
  void rethrowFailure() throws IOException {
    Throwable t = failure.get();
    if (t instanceof IOException e) {
      throw new IOException("indexing failed: " + e.getMessage(), e);
    }
    if (t != null) {
      throw new UncheckedIOException(new IOException("indexing failed: " + t.getMessage(), t));
    }
  }

  /** Stops taking documents; those queued are still written. */
  void shutdown() {
    workers.shutdown();
  }

  private interface DocumentWrite {
    void write(Document doc) throws IOException;
  }

  private void queue(Paper paper, String json, String hash, DocumentWrite write) {
    queued++;
    pending.register();
    workers.execute(
        () -> {
          try {
            write.write(PaperDocuments.toDocument(paper, json, hash, enrichments.resolve(paper)));
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            pending.arriveAndDeregister();
          }
        });
  }
}
