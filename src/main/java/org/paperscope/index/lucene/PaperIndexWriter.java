package org.paperscope.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.paper.PaperMerge;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;

/**
 * Upserts papers into the index by id and commits them as one batch. Until {@link #commit} the
 * index on disk is the previous commit, so a crash (even {@code kill -9}) mid-batch leaves the last
 * good index searchable; {@link #close} without commit discards the batch.
 *
 * <p>Documents are analysed on {@code indexThreads} worker threads. Not thread-safe: one thread
 * calls {@link #upsert}.
 */
public final class PaperIndexWriter implements PaperWriter, Closeable {

  private final Directory directory;
  private final IndexWriter writer;

  /**
   * Near-real-time reader for merging updates and listing titles, opened on first use: once a
   * writer has handed out a reader it pools segment readers for good, which slowed a fresh
   * million-paper ingest by a tenth.
   */
  private SearcherManager nrt;

  /** Id to the first 64 bits of the content hash: enough to tell a change, and half the memory. */
  private final Map<String, Long> hashes;

  /** Whether documents were written since the near-real-time reader was last refreshed. */
  private boolean unrefreshed;

  private final ExecutorService workers;
  private final Phaser pending = new Phaser(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private final Optional<PdfTextCache> texts;

  /** Whether the index has an older schema and this batch has not rewritten it yet. */
  private boolean outdated;

  private PaperIndexWriter(
      Directory directory,
      IndexWriter writer,
      int schema,
      int indexThreads,
      Optional<PdfTextCache> texts)
      throws IOException {
    this.directory = directory;
    this.texts = texts;
    this.writer = writer;
    this.hashes = loadHashes(directory);
    this.workers =
        new ThreadPoolExecutor(
            indexThreads,
            indexThreads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(indexThreads * 256),
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.outdated = schema < PaperIndex.SCHEMA && !hashes.isEmpty();
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
    return open(indexDir, ramBufferMb, indexThreads, Optional.empty());
  }

  /**
   * Opens the index like {@link #open(Path, double, int)}; papers with a PDF get their full text
   * and references indexed from {@code texts}, the extracted-text cache.
   */
  public static PaperIndexWriter open(
      Path indexDir, double ramBufferMb, int indexThreads, Optional<PdfTextCache> texts)
      throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(PaperAnalyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setSimilarity(PaperIndex.similarity());
    config.setCommitOnClose(false);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, config);
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
      return new PaperIndexWriter(directory, writer, schema, indexThreads, texts);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  /** Number of papers in the index, including this batch's. */
  public int paperCount() {
    return hashes.size();
  }

  /**
   * Adds the paper, or merges it into the stored paper with its id ({@link PaperMerge}).
   *
   * @throws IOException when the index cannot be read or written
   */
  @Override
  public Outcome upsert(Paper incoming) throws IOException {
    rethrowWorkerFailure();
    Long previousHash = hashes.get(incoming.id());
    if (previousHash == null) {
      String json = PaperJson.toJson(incoming);
      write(incoming, json, PaperHash.ofJson(json), false);
      return Outcome.ADDED;
    }
    Paper merged = PaperMerge.merge(stored(incoming.id(), previousHash), incoming);
    String json = PaperJson.toJson(merged);
    String hash = PaperHash.ofJson(json);
    if (prefix(hash) == previousHash) {
      return Outcome.UNCHANGED;
    }
    write(merged, json, hash, true);
    return Outcome.UPDATED;
  }

  /** Makes the whole batch durable and visible to new readers, atomically. */
  public void commit() throws IOException {
    if (outdated) {
      rebuildAll(count -> {});
    }
    drain();
    writer.setLiveCommitData(
        Map.of(PaperIndex.SCHEMA_KEY, Integer.toString(PaperIndex.SCHEMA)).entrySet());
    writer.commit();
  }

  /**
   * Whether the index was written with an older schema ({@link PaperIndex#SCHEMA}) and is not yet
   * rewritten in this batch. {@link #commit} rewrites it first if nobody did.
   */
  public boolean outdated() {
    return outdated;
  }

  /**
   * Rewrites every paper from its stored copy with the current fields and analysis (and full text
   * from the text cache), as part of this batch.
   *
   * @param progress hears the number of papers rewritten so far
   * @return the number of papers rewritten
   */
  public int rebuildAll(LongConsumer progress) throws IOException {
    refresh();
    int count = 0;
    SearcherManager readers = nrt();
    IndexSearcher searcher = readers.acquire();
    try {
      // Start from an empty index (until commit, the last commit stays on disk) and add every
      // paper again from this snapshot: updating in place would leave every old document behind
      // as a deletion, doubling the index until merges catch up (searches at a million papers
      // were half again as slow).
      writer.deleteAll();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(PaperSchema.HASH);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc))
              && hashValues != null
              && hashValues.advanceExact(doc)) {
            String json = stored.document(doc).get(PaperSchema.SOURCE);
            write(PaperJson.fromJson(json), json, hashValues.binaryValue().utf8ToString(), false);
            progress.accept(++count);
          }
        }
      }
    } finally {
      readers.release(searcher);
    }
    drain();
    outdated = false;
    return count;
  }

  /** Waits for queued documents, then closes; an uncommitted batch is discarded. */
  @Override
  public void close() throws IOException {
    workers.shutdown();
    try {
      if (nrt != null) {
        nrt.close();
      }
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  private void write(Paper paper, String json, String hash, boolean replace) {
    hashes.put(paper.id(), prefix(hash));
    unrefreshed = true;
    pending.register();
    workers.execute(
        () -> {
          try {
            Document doc = PaperDocuments.toDocument(paper, json, hash, fullText(paper));
            if (replace) {
              writer.updateDocument(new Term(PaperSchema.ID, paper.id()), doc);
            } else {
              writer.addDocument(doc);
            }
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            pending.arriveAndDeregister();
          }
        });
  }

  private PdfDocument fullText(Paper paper) {
    if (paper.pdf() == null || texts.isEmpty()) {
      return null;
    }
    return texts.get().get(paper.pdf().sha256()).orElse(null);
  }

  /**
   * Every paper's title by id, this batch included (for matching PDFs to records). Costs one pass
   * over the stored papers.
   */
  @Override
  public Map<String, String> titles() throws IOException {
    refresh();
    Map<String, String> titles = new HashMap<>();
    SearcherManager readers = nrt();
    IndexSearcher searcher = readers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Paper paper = PaperJson.fromJson(stored.document(doc).get(PaperSchema.SOURCE));
            titles.put(paper.id(), paper.title());
          }
        }
      }
    } finally {
      readers.release(searcher);
    }
    return titles;
  }

  /**
   * The latest version of a paper with a known id, whose hash prefix is {@code latestHash}. The
   * reader is refreshed (after the queued writes are done) only when it does not show that version
   * yet: the paper is new in this batch, or an earlier record of this batch changed it. Merging
   * into the version the reader last saw would lose that record's fields, and two updates of one id
   * on different worker threads could land in either order.
   */
  private Paper stored(String id, long latestHash) throws IOException {
    Optional<String> json = find(id);
    if (!isVersion(json, latestHash) && unrefreshed) {
      refresh();
      json = find(id);
    }
    if (!isVersion(json, latestHash)) {
      throw new IllegalStateException("the index does not hold the latest version of " + id);
    }
    return PaperJson.fromJson(json.get());
  }

  private static boolean isVersion(Optional<String> json, long hash) {
    return json.isPresent() && prefix(PaperHash.ofJson(json.get())) == hash;
  }

  /** The stored JSON of the paper with this id, as the near-real-time reader sees it. */
  private Optional<String> find(String id) throws IOException {
    SearcherManager readers = nrt();
    IndexSearcher searcher = readers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(PaperSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(doc.get(PaperSchema.SOURCE));
    } finally {
      readers.release(searcher);
    }
  }

  private void refresh() throws IOException {
    drain();
    if (nrt == null) {
      nrt = new SearcherManager(writer, null);
    } else {
      nrt.maybeRefreshBlocking();
    }
    unrefreshed = false;
  }

  /**
   * The near-real-time reader manager, opened (with everything written so far) when first needed.
   */
  private SearcherManager nrt() throws IOException {
    if (nrt == null) {
      refresh();
    }
    return nrt;
  }

  private static long prefix(String hexHash) {
    return Long.parseUnsignedLong(hexHash, 0, 16, 16);
  }

  private void drain() throws IOException {
    pending.arriveAndAwaitAdvance();
    rethrowWorkerFailure();
  }

  private void rethrowWorkerFailure() throws IOException {
    Throwable t = failure.get();
    if (t instanceof IOException e) {
      throw new IOException("indexing failed: " + e.getMessage(), e);
    }
    if (t != null) {
      throw new UncheckedIOException(new IOException("indexing failed: " + t.getMessage(), t));
    }
  }

  /** Ids and hash prefixes of the last commit (what the writer starts from). */
  private static Map<String, Long> loadHashes(Directory directory) throws IOException {
    Map<String, Long> hashes = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return hashes;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues ids = leaf.reader().getSortedDocValues(PaperSchema.ID);
        BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(PaperSchema.HASH);
        for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc))
              && ids.advanceExact(doc)
              && hashValues.advanceExact(doc)) {
            hashes.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                prefix(hashValues.binaryValue().utf8ToString()));
          }
        }
      }
    }
    return hashes;
  }
}
