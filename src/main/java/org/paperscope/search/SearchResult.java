package org.paperscope.search;

import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total exact number of papers matching query and filters (never a lower bound)
 * @param hits the requested page, in order
 * @param facets per dimension (venue, year, tag, decision, author), value to count over the whole
 *     match set, by count descending then value; iteration order is meaningful
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  /** One hit: the paper, its score (NaN when not sorted by relevance) and its snippets. */
  public record Hit(Paper paper, float score, List<Snippet> snippets) {}
}
