package org.paperscope.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paperscope.index.EnrichmentWriter;
import org.paperscope.paper.Paper;

/**
 * Computes what is pending for each enrichment, in batches: a batch's results are stored, its
 * papers rewritten and the batch committed on its own, so a crash (even {@code kill -9}) loses at
 * most the batch in flight and the next run goes on from there. Results already stored (by a run
 * that died before its commit) are taken, not computed again. A paper that cannot be enriched is
 * logged as failed ({@link FailureLog}) and counted; the run goes on.
 */
public final class EnrichmentRun {
  /** Progress of one enrichment; called from the thread that runs. */
  @FunctionalInterface
  public interface Progress {
    /** Ignores progress. */
    Progress NONE = (name, done, total) -> {};

    /** {@code done} of {@code total} pending papers of enrichment {@code name} are handled. */
    void update(String name, int done, int total);
  }

  /**
   * Papers per committed batch by default: a few seconds of work for a slow enrichment, so a crash
   * loses little, while a commit (a few milliseconds) stays rare.
   */
  public static final int DEFAULT_BATCH = 128;

  private final Enrichments enrichments;
  private final int threads;
  private final int batchSize;
  private final Progress progress;

  /**
   * @param threads papers computed at once, positive
   * @param batchSize papers per commit, positive
   */
  public EnrichmentRun(Enrichments enrichments, int threads, int batchSize, Progress progress) {
    if (threads <= 0 || batchSize <= 0) {
      throw new IllegalArgumentException("threads and batch size must be positive");
    }
    this.enrichments = enrichments;
    this.threads = threads;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  /**
   * Runs every enrichment (or only the one named) over what the writer holds that lacks it.
   *
   * @param retryFailed whether to try again the papers an enrichment failed on before
   * @throws IOException when the index cannot be read or written; committed batches stay
   * @throws InterruptedException when the calling thread is interrupted between batches
   */
  public EnrichmentReport run(EnrichmentWriter writer, Optional<String> only, boolean retryFailed)
      throws IOException, InterruptedException {
    List<EnrichmentReport.Tally> tallies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Enrichment<?> enrichment : enrichments.all()) {
        if (only.isEmpty() || only.get().equals(enrichment.name())) {
          tallies.add(runOne(enrichment, writer, pool, retryFailed));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new EnrichmentReport(tallies);
  }

  private EnrichmentReport.Tally runOne(
      Enrichment<?> enrichment, EnrichmentWriter writer, ExecutorService pool, boolean retryFailed)
      throws IOException, InterruptedException {
    List<String> pending = new ArrayList<>(writer.lacking(enrichment.marker()));
    if (retryFailed) {
      pending.addAll(writer.failed(enrichment.marker()));
      enrichments.failures().ifPresent(log -> log.clear(enrichment));
    }
    EnrichmentReport.Counter counter = new EnrichmentReport.Counter(enrichment.name());
    progress.update(enrichment.name(), 0, pending.size());
    for (int from = 0; from < pending.size(); from += batchSize) {
      if (Thread.interrupted()) {
        throw new InterruptedException("enrichment interrupted");
      }
      List<String> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
      runBatch(enrichment, writer, pool, batch, counter);
      progress.update(enrichment.name(), from + batch.size(), pending.size());
    }
    return counter.tally(pending.size());
  }

  private void runBatch(
      Enrichment<?> enrichment,
      EnrichmentWriter writer,
      ExecutorService pool,
      List<String> ids,
      EnrichmentReport.Counter counter)
      throws IOException, InterruptedException {
    List<Future<Outcome>> futures = new ArrayList<>(ids.size());
    for (String id : ids) {
      Optional<Paper> paper = writer.stored(id);
      if (paper.isPresent()) {
        futures.add(pool.submit(() -> enrichOne(enrichment, paper.get())));
      }
    }
    for (Future<Outcome> future : futures) {
      Outcome outcome = outcome(future);
      counter.count(outcome);
      writer.refresh(outcome.id());
    }
    writer.commit();
  }

  /** What happened to one paper. */
  record Outcome(String id, Kind kind, String reason) {
    enum Kind {
      COMPUTED,
      FOUND,
      NOT_APPLICABLE,
      FAILED
    }
  }

  private Outcome enrichOne(Enrichment<?> enrichment, Paper paper) {
    Optional<String> key = enrichment.contentKey(paper);
    if (key.isEmpty()) {
      return new Outcome(paper.id(), Outcome.Kind.NOT_APPLICABLE, null);
    }
    if (enrichment.lookup(key.get()).isPresent()) {
      return new Outcome(paper.id(), Outcome.Kind.FOUND, null);
    }
    try {
      enrichment.compute(paper, key.get());
      return new Outcome(paper.id(), Outcome.Kind.COMPUTED, null);
    } catch (EnrichmentException e) {
      enrichments.failures().ifPresent(log -> log.record(enrichment, key.get(), e.getMessage()));
      return new Outcome(paper.id(), Outcome.Kind.FAILED, e.getMessage());
    }
  }

  private static Outcome outcome(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // enrichOne turns a paper's failure into an outcome; what is left is a bug or the
      // environment (a cache that cannot be written), and stops the run.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("enrichment failed unexpectedly", e.getCause());
    }
  }
}
