package org.paperscope.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facet dimensions of the results page, in display order, with their headings. Their names are
 * the query-language fields a facet filter uses and the keys of {@code SearchResult.facets()}.
 */
enum FacetDimension {
  VENUE("venue", "Venue"),
  YEAR("year", "Year"),
  DECISION("decision", "Decision"),
  TAG("tag", "Tag"),
  AUTHOR("author", "Author");

  private final String key;
  private final String title;

  FacetDimension(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The dimension's name in queries, parameters and facet maps, e.g. {@code venue}. */
  String key() {
    return key;
  }

  /** The heading shown to users, e.g. {@code Venue}. */
  String title() {
    return title;
  }

  /** The dimension named {@code key} (exact, lower case), or empty; null gives empty. */
  static Optional<FacetDimension> named(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }

  /** The dimensions' names, comma-separated, for messages. */
  static String names() {
    return String.join(", ", Arrays.stream(values()).map(FacetDimension::key).toList());
  }
}
