package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.tags.AutoTagger;

/**
 * Automatic tags for every paper with an abstract whose authors gave no keywords ({@link
 * AutoTagger}), cached under {@code cache/tags/<tagger version>/} by the hash of title and
 * abstract. A paper with author keywords keeps only those; one the tagger finds nothing for gets an
 * empty result, so it is not tried again. Thread-safe.
 */
public final class TagEnrichment implements Enrichment<AutoTags> {
  /** The name on the command line and in the cache. */
  public static final String NAME = "tags";

  private final AutoTagger tagger;
  private final KeyedFiles cache;

  /**
   * @param cacheDir the data directory's {@code cache/}
   */
  public TagEnrichment(AutoTagger tagger, Path cacheDir) {
    this.tagger = tagger;
    this.cache = new KeyedFiles(cacheDir.resolve(NAME).resolve(tagger.version()), ".tsv");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return tagger.version();
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
    return Optional.of(EmbeddedText.key(paper.title() + "\n" + paper.abstractText()));
  }

  @Override
  public Optional<AutoTags> lookup(String contentKey) {
    return cache
        .get(contentKey)
        .map(bytes -> AutoTags.fromLines(new String(bytes, StandardCharsets.UTF_8)));
  }

  @Override
  public AutoTags compute(Paper paper, String contentKey) {
    java.util.List<AutoTagger.Scored> tags = tagger.tag(paper.title(), paper.abstractText());
    AutoTags result =
        new AutoTags(
            tags.stream().map(AutoTagger.Scored::key).toList(),
            tags.stream().map(AutoTagger.Scored::name).toList());
    cache.put(contentKey, result.toLines().getBytes(StandardCharsets.UTF_8));
    return result;
  }
}
