package org.paperscope.enrich;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.embed.SharedEmbedders;
import org.paperscope.paper.Paper;

/**
 * A paper's sentence embedding ({@link EmbeddedText}), cached under {@code
 * cache/embedding/<model>/} by the hash of the embedded text. The model is loaded on the first
 * computation only (and shared by the process, {@link SharedEmbedders}), so writing papers whose
 * vectors are cached costs no model. Thread-safe: a run embeds on several threads, one core each.
 */
public final class EmbeddingEnrichment implements Enrichment<Embedding> {
  /** The name on the command line and in the cache. */
  public static final String NAME = "embedding";

  /**
   * The model every paper is embedded with: all-MiniLM-L6-v2 embeds a demo's 17k abstracts in about
   * five minutes on 2 cores; bge-small-en-v1.5 ranks SciFact better but is several times slower
   * (docs/evaluation.md).
   */
  public static final EmbeddingModel MODEL = EmbeddingModel.MINILM_L6_Q;

  private final EmbeddingModel model;
  private final VectorCache vectors;
  private final Supplier<Embedder> embedder;
  private volatile Embedder loaded;

  /**
   * @param cacheDir the data directory's {@code cache/}
   */
  public EmbeddingEnrichment(EmbeddingModel model, Path cacheDir) {
    this(model, cacheDir, () -> SharedEmbedders.get(model, nativeCache(cacheDir)));
  }

  /**
   * The model of a version string ({@code all-minilm-l6-v2-q.t1}); the standard model when the
   * string names none this PaperScope knows.
   */
  public static EmbeddingModel modelOfVersion(String version) {
    int recipe = version.lastIndexOf(".t");
    try {
      return EmbeddingModel.byId(recipe < 0 ? version : version.substring(0, recipe));
    } catch (IllegalArgumentException e) {
      return MODEL;
    }
  }

  /** Where DJL unpacks its tokenizer library: inside the data directory's cache. */
  public static Path nativeCache(Path cacheDir) {
    return cacheDir.resolve("djl");
  }

  /** With a model already loaded (benchmarks time the enrichment around it). */
  public static EmbeddingEnrichment withEmbedder(
      EmbeddingModel model, Path cacheDir, Embedder embedder) {
    return new EmbeddingEnrichment(model, cacheDir, () -> embedder);
  }

  /** With a given way to load the model (tests count loads). */
  EmbeddingEnrichment(EmbeddingModel model, Path cacheDir, Supplier<Embedder> embedder) {
    this.model = model;
    this.vectors = new VectorCache(cacheDir.resolve(NAME).resolve(model.id()), model.dimensions());
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return model.id() + ".t" + EmbeddedText.RECIPE;
  }

  /** The model vectors come from. */
  public EmbeddingModel model() {
    return model;
  }

  @Override
  public boolean mayHaveResults() {
    return vectors.mayHaveVectors();
  }

  /** Every paper has a title to embed. */
  @Override
  public boolean appliesTo(Paper paper) {
    return true;
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    return Optional.of(EmbeddedText.key(EmbeddedText.of(paper)));
  }

  /** Whether a vector is stored for the content key; cheaper than {@link #lookup}. */
  public boolean has(String contentKey) {
    return vectors.contains(contentKey);
  }

  @Override
  public Optional<Embedding> lookup(String contentKey) {
    return vectors.get(contentKey).map(v -> new Embedding(model.id(), v));
  }

  @Override
  public Embedding compute(Paper paper, String contentKey) {
    float[] vector = embedder().embed(java.util.List.of(EmbeddedText.of(paper))).get(0);
    vectors.put(contentKey, vector);
    return new Embedding(model.id(), vector);
  }

  /** The loaded model, loading it on first use. */
  public Embedder embedder() {
    Embedder current = loaded;
    if (current == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = embedder.get();
        }
        current = loaded;
      }
    }
    return current;
  }
}
