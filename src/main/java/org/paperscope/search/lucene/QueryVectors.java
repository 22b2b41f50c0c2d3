package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.paperscope.embed.Embedder;
import org.paperscope.index.lucene.PaperSchema;

/**
 * The vectors of one index snapshot: whether papers have them, a paper's own vector, and query
 * texts embedded with the model the papers were embedded with (loaded on the first query by
 * meaning). Thread-safe.
 */
final class QueryVectors {
  private final IndexReader reader;
  private final Supplier<Embedder> embedder;
  private final boolean available;

  QueryVectors(IndexReader reader, Supplier<Embedder> embedder) throws IOException {
    this.reader = reader;
    this.embedder = embedder;
    this.available = count(reader) > 0;
  }

  /** Whether any paper of this snapshot has a vector. */
  boolean available() {
    return available;
  }

  /** The embedded query text, or empty when it is blank or no paper has a vector. */
  Optional<float[]> of(String text) {
    if (!available || text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(embedder.get().embedQuery(text));
  }

  /** The vector of a document (top-level doc id), or empty when it has none. */
  Optional<float[]> ofDocument(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(PaperSchema.VECTOR);
    if (values == null) {
      return Optional.empty();
    }
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    int local = doc - leaf.docBase;
    if (iterator.advance(local) != local) {
      return Optional.empty();
    }
    return Optional.of(values.vectorValue(iterator.index()).clone());
  }

  private static long count(IndexReader reader) throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(PaperSchema.VECTOR);
      if (values != null) {
        count += values.size();
      }
    }
    return count;
  }
}
