package org.paperscope.embed;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * One loaded embedder per model for the whole process. Loading a model takes about a second and
 * holds its weights in native memory, and a server opens a new searcher at every commit (every
 * enrichment batch), so searchers and enrichment runs share the model instead of loading it each
 * time. Embedders here run one text on one core; callers use several threads. Never closed: they
 * live as long as the process. Thread-safe.
 */
public final class SharedEmbedders {
  private static final Map<EmbeddingModel, Embedder> LOADED = new EnumMap<>(EmbeddingModel.class);

  private SharedEmbedders() {}

  /**
   * The process's embedder for the model, loading it on first use.
   *
   * @param nativeCache where DJL unpacks the tokenizer's native library on first use
   */
  public static synchronized Embedder get(EmbeddingModel model, Path nativeCache) {
    return LOADED.computeIfAbsent(model, m -> OnnxEmbedder.open(m, 1, nativeCache));
  }
}
