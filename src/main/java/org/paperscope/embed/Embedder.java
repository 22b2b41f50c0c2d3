package org.paperscope.embed;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product is their cosine similarity. Thread-safe.
 */
public interface Embedder extends AutoCloseable {

  /** The model, whose id keys cached vectors. */
  EmbeddingModel model();

  /**
   * Embeds passages (paper texts), one vector per text in input order; a blank text gets a zero
   * vector.
   */
  List<float[]> embed(List<String> passages);

  /** Embeds a search query (with the model's query instruction, if it has one). */
  float[] embedQuery(String query);

  @Override
  void close();
}
