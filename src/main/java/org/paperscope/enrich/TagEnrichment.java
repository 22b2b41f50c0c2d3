package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.tags.AutoTagger;
import org.paperscope.tags.TagVectors;

/**
 * Automatic tags for every paper with an abstract whose authors gave no keywords ({@link
 * AutoTagger}), cached under {@code cache/tags/<tagger version>/} by the hash of title and
 * abstract, and of whether the paper's sentence embedding was there: the tagger also scores by
 * meaning when it is (the embedding enrichment runs first), so a paper tagged before its vector
 * arrived is tagged again once it has one. A paper with author keywords keeps only those; one the
 * tagger finds nothing for gets an empty result, so it is not tried again. Thread-safe.
 */
public final class TagEnrichment implements Enrichment<AutoTags> {
  /** The name on the command line and in the cache. */
  public static final String NAME = "tags";

  private final AutoTagger tagger;
  private final KeyedFiles cache;
  private final EmbeddingEnrichment embeddings;
  private volatile TagVectors tagVectors;

  /** Tags by the words of title and abstract only. */
  public TagEnrichment(AutoTagger tagger, Path cacheDir) {
    this(tagger, cacheDir, null);
  }

  /**
   * @param cacheDir the data directory's {@code cache/}
   * @param embeddings where papers' vectors are looked up and whose model embeds the tags; null for
   *     words only
   */
  public TagEnrichment(AutoTagger tagger, Path cacheDir, EmbeddingEnrichment embeddings) {
    this.tagger = tagger;
    this.cache =
        new KeyedFiles(cacheDir.resolve(NAME).resolve(version(tagger, embeddings)), ".tsv");
    this.embeddings = tagger.usesMeaning() ? embeddings : null;
  }

  private static String version(AutoTagger tagger, EmbeddingEnrichment embeddings) {
    return tagger.usesMeaning() && embeddings != null
        ? tagger.version() + "-" + embeddings.model().id()
        : tagger.version();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return version(tagger, embeddings);
  }

  @Override
  public boolean mayHaveResults() {
    return cache.mayHaveEntries();
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    if (!paper.keywords().isEmpty()
        || paper.abstractText() == null
        || paper.abstractText().isBlank()) {
      return Optional.empty();
    }
    String text = paper.title() + "\n" + paper.abstractText();
    return Optional.of(EmbeddedText.key(hasVector(paper) ? text + "\n\u0000vector" : text));
  }

  private boolean hasVector(Paper paper) {
    return embeddings != null && embeddings.contentKey(paper).map(embeddings::has).orElse(false);
  }

  /** The paper's stored sentence embedding, or null (none yet, or tagging by words only). */
  private float[] vector(Paper paper) {
    if (embeddings == null) {
      return null;
    }
    String key = embeddings.contentKey(paper).orElse(null);
    return key == null ? null : embeddings.lookup(key).map(Embedding::vector).orElse(null);
  }

  /** The vocabulary's vectors, embedded on first use with the embedding enrichment's model. */
  private TagVectors tagVectors() {
    TagVectors current = tagVectors;
    if (current == null) {
      synchronized (this) {
        if (tagVectors == null) {
          tagVectors = TagVectors.embed(tagger.model(), embeddings.embedder());
        }
        current = tagVectors;
      }
    }
    return current;
  }

  @Override
  public Optional<AutoTags> lookup(String contentKey) {
    return cache
        .get(contentKey)
        .map(bytes -> AutoTags.fromLines(new String(bytes, StandardCharsets.UTF_8)));
  }

  @Override
  public AutoTags compute(Paper paper, String contentKey) {
    float[] vector = vector(paper);
    java.util.List<AutoTagger.Scored> tags =
        tagger.tag(
            paper.title(), paper.abstractText(), vector, vector == null ? null : tagVectors());
    AutoTags result =
        new AutoTags(
            tags.stream().map(AutoTagger.Scored::key).toList(),
            tags.stream().map(AutoTagger.Scored::name).toList());
    cache.put(contentKey, result.toLines().getBytes(StandardCharsets.UTF_8));
    return result;
  }
}
