package org.paperscope.web;

import java.io.IOException;
import java.util.Map;
import org.paperscope.search.PaperSearch;
import org.paperscope.tags.TagNames;

/**
 * The tag names of the served index, kept across generations while the tags and their counts stay
 * the same (an enrichment batch changes none), so that only a change of keywords reads every paper
 * again. Thread-safe.
 */
final class TagNamesCache {
  private Map<String, Long> tags;
  private TagNames names;

  /** The names for a generation whose tag counts are {@code tags}. */
  synchronized TagNames names(PaperSearch searcher, Map<String, Long> tags) throws IOException {
    if (names == null || !tags.equals(this.tags)) {
      TagNames.Builder builder = TagNames.builder();
      searcher.forEachPaper(p -> p.keywords().forEach(builder::add));
      this.names = builder.build();
      this.tags = tags;
    }
    return names;
  }
}
