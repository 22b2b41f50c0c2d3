package org.paperscope.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * The papers stored in the index being written, read through a near-real-time reader of the writer:
 * the version of a paper to merge into, titles, a snapshot to rebuild from. Refreshing first waits
 * for the queued documents. Not thread-safe: the thread that queues documents calls it.
 */
final class StoredPapers implements Closeable {
  private final IndexWriter writer;
  private final IndexingWorkers workers;

  /**
   * Opened on first use: once a writer has handed out a reader it pools segment readers for good,
   * which slowed a fresh million-paper ingest by a tenth.
   */
  private SearcherManager nrt;

  /** {@link IndexingWorkers#queued} when the reader was last refreshed. */
  private long queuedAtRefresh;

  /** Work done with a reader of the index. */
  @FunctionalInterface
  interface ReaderWork<T> {
    T apply(IndexReader reader) throws IOException;
  }

  StoredPapers(IndexWriter writer, IndexingWorkers workers) {
    this.writer = writer;
    this.workers = workers;
  }

  /**
   * The latest version of a paper with a known id, whose hash prefix is {@code latestHash}. The
   * reader is refreshed (after the queued writes are done) only when it does not show that version
   * yet: the paper is new in this batch, or an earlier record of this batch changed it. Merging
   * into the version the reader last saw would lose that record's fields, and two updates of one id
   * on different worker threads could land in either order.
   *
   * @throws IllegalStateException when even the refreshed reader lacks that version
   */
  Paper latest(String id, long latestHash) throws IOException {
    Optional<String> json = find(id);
    if (!isVersion(json, latestHash) && workers.queued() != queuedAtRefresh) {
      refresh();
      json = find(id);
    }
    if (!isVersion(json, latestHash)) {
      throw new IllegalStateException("the index does not hold the latest version of " + id);
    }
    return PaperJson.fromJson(json.get());
  }

  /** Every paper's title by id, everything queued included. One pass over the stored papers. */
  Map<String, String> titles() throws IOException {
    return readLatest(
        reader -> {
          Map<String, String> titles = new HashMap<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            LiveDocs.forEach(
                leaf.reader(),
                doc -> {
                  Paper paper = PaperJson.fromJson(stored.document(doc).get(PaperSchema.SOURCE));
                  titles.put(paper.id(), paper.title());
                });
          }
          return titles;
        });
  }

  /**
   * The ids of the papers whose documents have the term (or lack it, when {@code having} is false),
   * everything queued included, in index order.
   */
  List<String> matching(Term term, boolean having) throws IOException {
    return readLatest(
        reader -> {
          List<String> ids = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            collect(leaf.reader(), term, having, ids);
          }
          return ids;
        });
  }

  private static void collect(LeafReader segment, Term term, boolean wanted, List<String> ids)
      throws IOException {
    FixedBitSet having = new FixedBitSet(Math.max(1, segment.maxDoc()));
    PostingsEnum postings = segment.postings(term, PostingsEnum.NONE);
    if (postings != null) {
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        having.set(doc);
      }
    }
    SortedDocValues idValues = segment.getSortedDocValues(PaperSchema.ID);
    if (idValues == null) {
      return;
    }
    LiveDocs.forEach(
        segment,
        doc -> {
          if (having.get(doc) == wanted && idValues.advanceExact(doc)) {
            ids.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
          }
        });
  }

  /** The stored JSON of the paper with this id as last written, everything queued included. */
  Optional<String> source(String id) throws IOException {
    Optional<String> json = find(id);
    if (json.isEmpty() && workers.queued() != queuedAtRefresh) {
      refresh();
      json = find(id);
    }
    return json;
  }

  /**
   * Applies the work to a reader refreshed with everything queued so far; the reader is a snapshot
   * that later writes (even {@link IndexWriter#deleteAll}) do not change.
   */
  <T> T readLatest(ReaderWork<T> work) throws IOException {
    refresh();
    IndexSearcher searcher = nrt.acquire();
    try {
      return work.apply(searcher.getIndexReader());
    } finally {
      nrt.release(searcher);
    }
  }

  /** Closes the reader, if one was opened. */
  @Override
  public void close() throws IOException {
    if (nrt != null) {
      nrt.close();
    }
  }

  private static boolean isVersion(Optional<String> json, long hash) {
    return json.isPresent() && PaperVersions.prefix(PaperHash.ofJson(json.get())) == hash;
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
    workers.drain();
    if (nrt == null) {
      nrt = new SearcherManager(writer, null);
    } else {
      nrt.maybeRefreshBlocking();
    }
    queuedAtRefresh = workers.queued();
  }

  /** The reader manager, opened (with everything written so far) when first needed. */
  private SearcherManager nrt() throws IOException {
    if (nrt == null) {
      refresh();
    }
    return nrt;
  }
}
