package org.paperscope.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.paperscope.enrich.EmbeddedText;
import org.paperscope.enrich.Embedding;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.enrich.Enrichment;
import org.paperscope.paper.Paper;

/**
 * Vectors for a benchmark corpus that repeats a smaller corpus's texts ({@code bench ingest
 * --papers 1000000} writes each demo paper again under ids {@code id~rN}): every paper gets the
 * vector its text was embedded with in another data directory's cache, plus Gaussian noise drawn
 * from its id, normalised again. So HNSW is measured on a million distinct vectors that cluster as
 * real ones do, not on fifty exact copies of each; only texts the other cache lacks are embedded
 * (and cached there). It takes the embedding enrichment's name and version, so search uses the
 * vectors as it would real ones.
 */
public final class PerturbedVectors implements Enrichment<Embedding> {
  private final EmbeddingEnrichment source;
  private final double noise;

  /**
   * @param sourceCache the {@code cache/} of the data directory whose vectors are perturbed
   * @param noise length of the noise vector added to each unit vector (0.5 puts a paper at cosine ≈
   *     0.9 from its text's vector)
   */
  public PerturbedVectors(Path sourceCache, double noise) {
    this.source = new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, sourceCache);
    this.noise = noise;
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public String version() {
    return source.version();
  }

  /** The key of the embedded text, then the paper's id, so every copy gets its own noise. */
  @Override
  public Optional<String> contentKey(Paper paper) {
    return Optional.of(EmbeddedText.key(EmbeddedText.of(paper)) + "\n" + paper.id());
  }

  @Override
  public Optional<Embedding> lookup(String contentKey) {
    int split = contentKey.indexOf('\n');
    return source
        .lookup(contentKey.substring(0, split))
        .map(found -> new Embedding(found.model(), perturbed(found.vector(), contentKey)));
  }

  /** Embeds a text the source cache lacks (caching it there), then perturbs it. */
  @Override
  public Embedding compute(Paper paper, String contentKey) {
    Embedding found = source.compute(paper, contentKey.substring(0, contentKey.indexOf('\n')));
    return new Embedding(found.model(), perturbed(found.vector(), contentKey));
  }

  private float[] perturbed(float[] vector, String contentKey) {
    SplittableRandom random = new SplittableRandom(seed(contentKey));
    double sigma = noise / Math.sqrt(vector.length);
    float[] out = new float[vector.length];
    double norm = 0;
    for (int i = 0; i < vector.length; i++) {
      out[i] = (float) (vector[i] + sigma * gaussian(random));
      norm += out[i] * out[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
    return out;
  }

  /** A standard normal draw (Box–Muller). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static long seed(String key) {
    long h = 1125899906842597L;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return h;
  }
}
