package org.paperscope.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.EnrichmentWriter;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.paper.PaperMerge;

/**
 * Upserts papers into the index by id and commits them as one batch. Until {@link #commit} the
 * index on disk is the previous commit, so a crash (even {@code kill -9}) mid-batch leaves the last
 * good index searchable; {@link #close} without commit discards the batch.
 *
 * <p>Documents are analysed on {@code indexThreads} worker threads ({@link IndexingWorkers}); a
 * paper is merged into its latest stored version ({@link StoredPapers}), so records of one id merge
 * in the order they were upserted. Not thread-safe: one thread calls {@link #upsert}.
 */
public final class PaperIndexWriter implements PaperWriter, EnrichmentWriter, Closeable {
  /** How long opening waits for another writer's lock (a server's summary commit is brief). */
  static final long LOCK_WAIT_MILLIS = 10_000;

  private final Directory directory;
  private final IndexWriter writer;
  private final PaperVersions versions;
  private final IndexingWorkers workers;
  private final StoredPapers stored;
  private final SchemaRebuild rebuild;

  private PaperIndexWriter(
      Directory directory,
      IndexWriter writer,
      PaperVersions versions,
      IndexingWorkers workers,
      boolean outdated) {
    this.directory = directory;
    this.writer = writer;
    this.versions = versions;
    this.workers = workers;
    this.stored = new StoredPapers(writer, workers);
    this.rebuild = new SchemaRebuild(writer, workers, stored, versions, outdated);
  }

  /**
   * Opens (creating if needed) the index in {@code indexDir}.
   *
   * @param ramBufferMb indexing buffer before a segment is flushed
   * @param indexThreads threads that analyse documents, at least 1
   * @throws IOException when the directory cannot be opened or is locked by another writer
   */
  public static PaperIndexWriter open(Path indexDir, double ramBufferMb, int indexThreads)
      throws IOException {
    return open(indexDir, ramBufferMb, indexThreads, Enrichments.NONE);
  }

  /**
   * Opens the index like {@link #open(Path, double, int)}; every document written takes up the
   * stored results of {@code enrichments} (the PDF full text, …) and records which were applied.
   */
  public static PaperIndexWriter open(
      Path indexDir, double ramBufferMb, int indexThreads, Enrichments enrichments)
      throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    IndexWriter writer = null;
    try {
      writer = lock(directory, indexDir, ramBufferMb);
      int schema = committedSchema(writer, indexDir);
      PaperVersions versions = PaperVersions.load(directory);
      boolean outdated = schema < PaperIndex.SCHEMA && versions.size() > 0;
      IndexingWorkers workers = new IndexingWorkers(writer, indexThreads, enrichments);
      return new PaperIndexWriter(directory, writer, versions, workers, outdated);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  /**
   * Opens Lucene's writer, waiting up to {@link #LOCK_WAIT_MILLIS} for another writer to finish: a
   * server takes summary changes into the index in commits of well under a second, and an ingest
   * started meanwhile should wait for it, not fail.
   *
   * @throws IOException naming the index when another writer still holds it after the wait
   */
  private static IndexWriter lock(Directory directory, Path indexDir, double ramBufferMb)
      throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000L;
    while (true) {
      try {
        return new IndexWriter(directory, config(ramBufferMb));
      } catch (LockObtainFailedException e) {
        if (System.nanoTime() > deadline) {
          throw new LockObtainFailedException(
              "the index in "
                  + indexDir
                  + " is being written by another ingest, enrich or server; try again when it"
                  + " is done",
              e);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the index lock");
        }
      }
    }
  }

  /** Number of papers in the index, including this batch's. */
  public int paperCount() {
    return versions.size();
  }

  /**
   * Adds the paper, or merges it into the stored paper with its id ({@link PaperMerge}).
   *
   * @throws IOException when the index cannot be read or written
   */
  @Override
  public Outcome upsert(Paper incoming) throws IOException {
    workers.rethrowFailure();
    Long previousHash = versions.get(incoming.id());
    if (previousHash == null) {
      String json = PaperJson.toJson(incoming);
      add(incoming, json, PaperHash.ofJson(json));
      return Outcome.ADDED;
    }
    Paper merged = PaperMerge.merge(stored.latest(incoming.id(), previousHash), incoming);
    String json = PaperJson.toJson(merged);
    String hash = PaperHash.ofJson(json);
    if (PaperVersions.prefix(hash) == previousHash) {
      return Outcome.UNCHANGED;
    }
    replace(merged, json, hash);
    return Outcome.UPDATED;
  }

  @Override
  public List<String> lacking(String marker) throws IOException {
    workers.rethrowFailure();
    return stored.matching(new Term(PaperSchema.ENRICHED, marker), false);
  }

  @Override
  public List<String> failed(String marker) throws IOException {
    workers.rethrowFailure();
    return stored.matching(new Term(PaperSchema.ENRICHMENT_FAILED, marker), true);
  }

  @Override
  public Optional<Paper> stored(String id) throws IOException {
    return stored.source(id).map(PaperJson::fromJson);
  }

  @Override
  public boolean refresh(String id) throws IOException {
    workers.rethrowFailure();
    Optional<String> json = stored.source(id);
    if (json.isEmpty()) {
      return false;
    }
    String hash = PaperHash.ofJson(json.get());
    workers.replace(PaperJson.fromJson(json.get()), json.get(), hash);
    return true;
  }

  /** Makes the whole batch durable and visible to new readers, atomically. */
  @Override
  public void commit() throws IOException {
    if (rebuild.outdated()) {
      rebuild.rebuildAll(count -> {});
    }
    workers.drain();
    writer.setLiveCommitData(
        Map.of(PaperIndex.SCHEMA_KEY, Integer.toString(PaperIndex.SCHEMA)).entrySet());
    writer.commit();
  }

  /**
   * Whether the index was written with an older schema ({@link PaperIndex#SCHEMA}) and is not yet
   * rewritten in this batch. {@link #commit} rewrites it first if nobody did.
   */
  public boolean outdated() {
    return rebuild.outdated();
  }

  /**
   * Rewrites every paper from its stored copy with the current fields and analysis (and full text
   * from the text cache), as part of this batch.
   *
   * @param progress hears the number of papers rewritten so far
   * @return the number of papers rewritten
   */
  public int rebuildAll(LongConsumer progress) throws IOException {
    return rebuild.rebuildAll(progress);
  }

  /**
   * Every paper's title by id, this batch included (for matching PDFs to records). Costs one pass
   * over the stored papers.
   */
  @Override
  public Map<String, String> titles() throws IOException {
    return stored.titles();
  }

  /** Waits for queued documents, then closes; an uncommitted batch is discarded. */
  @Override
  public void close() throws IOException {
    workers.shutdown();
    try {
      stored.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  private void add(Paper paper, String json, String hash) {
    versions.put(paper.id(), hash);
    workers.add(paper, json, hash);
  }

  private void replace(Paper paper, String json, String hash) {
    versions.put(paper.id(), hash);
    workers.replace(paper, json, hash);
  }

  private static IndexWriterConfig config(double ramBufferMb) {
    IndexWriterConfig config = new IndexWriterConfig(PaperAnalyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setSimilarity(PaperIndex.similarity());
    config.setCommitOnClose(false);
    return config;
  }

  /**
   * The schema version of the last commit.
   *
   * @throws IOException when a newer PaperScope wrote the index
   */
  private static int committedSchema(IndexWriter writer, Path indexDir) throws IOException {
    Map<String, String> committed = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
    }
    int schema = PaperIndex.schemaOf(committed);
    if (schema > PaperIndex.SCHEMA) {
      throw new IOException(
          "the index in "
              + indexDir
              + " was written by a newer PaperScope (index schema "
              + schema
              + ", this version writes "
              + PaperIndex.SCHEMA
              + "); upgrade PaperScope");
    }
    return schema;
  }
}
