package org.paperscope.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facet dimensions every search counts, in display order, with their headings. Their names are
 * the query-language fields a facet filter uses and the keys of {@link SearchResult#facets()}.
 */
public enum FacetDimension {
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
  public String key() {
    return key;
  }

  /** The heading shown to users, e.g. {@code Venue}. */
  public String title() {
    return title;
  }

  /** The dimension named {@code key} (exact, lower case), or empty; null gives empty. */
  public static Optional<FacetDimension> named(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }

  /** The dimensions' names, comma-separated, for messages. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(FacetDimension::key).toList());
  }
}
