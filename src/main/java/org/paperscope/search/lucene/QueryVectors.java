package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.index.lucene.PaperSchema;

/**
 * The vectors of one index snapshot: whether papers have them, a paper's own vector, and query
 * texts embedded with the model the papers were embedded with (read from the documents' enrichment
 * markers, loaded on the first query by meaning). Thread-safe.
 */
final class QueryVectors {
  private final IndexReader reader;
  private final Function<EmbeddingModel, Embedder> embedders;
  private final boolean available;
  private final EmbeddingModel model;

  QueryVectors(IndexReader reader, Function<EmbeddingModel, Embedder> embedders)
      throws IOException {
    this.reader = reader;
    this.embedders = embedders;
    this.available = count(reader) > 0;
    this.model = modelOf(reader);
  }

  /** Whether any paper of this snapshot has a vector. */
  boolean available() {
    return available;
  }

  /** The embedded query text, or empty when it is blank or no paper has a vector. */
  Optional<float[]> of(String text) {
    return canEmbed(text) ? Optional.of(embed(text)) : Optional.empty();
  }

  /**
   * Whether {@link #of} gives a vector for this text (papers have vectors, the text is not blank).
   */
  boolean canEmbed(String text) {
    return available && text != null && !text.isBlank();
  }

  /** The text's vector; {@link #canEmbed} must hold. */
  float[] embed(String text) {
    return embedders.apply(model).embedQuery(text);
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

  /**
   * The model of the papers' vectors: the one named by the first embedding marker ({@code
   * embedding/<model>.t<recipe>}), else PaperScope's standard model.
   */
  private static EmbeddingModel modelOf(IndexReader reader) throws IOException {
    String prefix = EmbeddingEnrichment.NAME + "/";
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(PaperSchema.ENRICHED);
      if (terms == null) {
        continue;
      }
      TermsEnum values = terms.iterator();
      if (values.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END) {
        String marker = values.term().utf8ToString();
        if (marker.startsWith(prefix)) {
          return EmbeddingEnrichment.modelOfVersion(marker.substring(prefix.length()));
        }
      }
    }
    return EmbeddingEnrichment.MODEL;
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
