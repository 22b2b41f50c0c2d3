package org.paperscope.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.paper.Paper;

/**
 * Papers' sentence embeddings as the enrichment stage computes them (title and abstract), read from
 * its cache where there and computed (and cached) otherwise.
 */
public final class PaperVectors {
  private PaperVectors() {}

  /** The papers' vectors by id. */
  public static Map<String, float[]> of(List<Paper> papers, EmbeddingEnrichment embeddings) {
    Map<String, float[]> out = new HashMap<>();
    for (Paper p : papers) {
      String key = embeddings.contentKey(p).orElseThrow();
      float[] vector =
          embeddings
              .lookup(key)
              .map(e -> e.vector())
              .orElseGet(() -> embeddings.compute(p, key).vector());
      out.put(p.id(), vector);
    }
    return out;
  }
}
