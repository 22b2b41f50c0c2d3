package org.paperscope.index.lucene;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Rewrites every paper of an index from its stored copy, with the current fields and analysis: how
 * an index with an older schema ({@link PaperIndex#SCHEMA}) is migrated. Not thread-safe: the
 * thread that queues documents calls it.
 */
final class SchemaRebuild {
  private final IndexWriter writer;
  private final IndexingWorkers workers;
  private final StoredPapers stored;
  private final PaperVersions versions;

  /** Whether the index has an older schema and this batch has not rewritten it yet. */
  private boolean outdated;

  SchemaRebuild(
      IndexWriter writer,
      IndexingWorkers workers,
      StoredPapers stored,
      PaperVersions versions,
      boolean outdated) {
    this.writer = writer;
    this.workers = workers;
    this.stored = stored;
    this.versions = versions;
    this.outdated = outdated;
  }

  /** Whether the index has an older schema and {@link #rebuildAll} has not run yet. */
  boolean outdated() {
    return outdated;
  }

  /**
   * Rewrites every paper (with full text from the text cache) as part of the current batch.
   *
   * @param progress hears the number of papers rewritten so far
   * @return the number of papers rewritten
   */
  int rebuildAll(LongConsumer progress) throws IOException {
    int count = stored.readLatest(snapshot -> rewrite(snapshot, progress));
    workers.drain();
    outdated = false;
    return count;
  }

  private int rewrite(IndexReader snapshot, LongConsumer progress) throws IOException {
    // Start from an empty index (until commit, the last commit stays on disk) and add every
    // paper again from this snapshot: updating in place would leave every old document behind
    // as a deletion, doubling the index until merges catch up (searches at a million papers
    // were half again as slow).
    writer.deleteAll();
    AtomicInteger count = new AtomicInteger();
    for (LeafReaderContext leaf : snapshot.leaves()) {
      StoredFields fields = leaf.reader().storedFields();
      BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(PaperSchema.HASH);
      if (hashValues == null) {
        continue;
      }
      LiveDocs.forEach(
          leaf.reader(),
          doc -> {
            if (hashValues.advanceExact(doc)) {
              String json = fields.document(doc).get(PaperSchema.SOURCE);
              String hash = hashValues.binaryValue().utf8ToString();
              Paper paper = PaperJson.fromJson(json);
              versions.put(paper.id(), hash);
              workers.add(paper, json, hash);
              progress.accept(count.incrementAndGet());
            }
          });
    }
    return count.get();
  }
}
