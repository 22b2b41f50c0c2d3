package org.paperscope.eval;

import java.nio.file.Path;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.search.SearchMode;

/**
 * How PaperScope's preset ranks a BEIR data set.
 *
 * @param mode keyword (BM25 over PaperScope's fields), semantic (nearest embeddings) or hybrid
 *     (both, fused)
 * @param model the embedding model of semantic and hybrid runs
 * @param cacheDir where document vectors are cached by text hash, so a rerun embeds nothing
 */
public record BeirSetup(SearchMode mode, EmbeddingModel model, Path cacheDir) {
  /** Keyword ranking, the standard model, vectors cached under {@code cacheDir}. */
  public static BeirSetup keyword(Path cacheDir) {
    return new BeirSetup(SearchMode.KEYWORD, EmbeddingEnrichment.MODEL, cacheDir);
  }

  /** Whether this setup needs document vectors. */
  boolean byMeaning() {
    return mode == SearchMode.SEMANTIC || mode == SearchMode.HYBRID;
  }
}
