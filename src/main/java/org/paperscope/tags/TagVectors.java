package org.paperscope.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.embed.Embedder;

/**
 * The vocabulary's tags as sentence-embedding vectors (their keys' words, "generative adversarial
 * network"), to score a paper's candidate tags by meaning: the dot product of unit vectors is their
 * cosine. Immutable and thread-safe once built.
 */
public final class TagVectors {
  private static final int BATCH = 64;

  private final Map<String, float[]> byKey;

  private TagVectors(Map<String, float[]> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** Embeds every tag of the model's vocabulary. */
  public static TagVectors embed(TagModel model, Embedder embedder) {
    List<String> keys = new ArrayList<>(model.keys());
    Map<String, float[]> out = new HashMap<>();
    for (int from = 0; from < keys.size(); from += BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
      List<float[]> vectors = embedder.embed(batch);
      for (int i = 0; i < batch.size(); i++) {
        out.put(batch.get(i), vectors.get(i));
      }
    }
    return new TagVectors(out);
  }

  /** The cosine of the tag with this key and a unit vector; 0 for a tag without a vector. */
  double cosine(String key, float[] vector) {
    float[] tag = byKey.get(key);
    if (tag == null || tag.length != vector.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < vector.length; i++) {
      dot += tag[i] * vector[i];
    }
    return dot;
  }
}
