package org.paperscope.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How hits are ordered; ties are always broken by paper id, ascending. */
public enum SortOrder {
  /** Best BM25 score first. */
  RELEVANCE,
  /** Newest first, then by score. */
  YEAR,
  /** Highest mean reviewer rating first; unrated papers last. */
  RATING;

  /**
   * Parses the lower-case name used by the CLI and API.
   *
   * @throws IllegalArgumentException naming the valid values
   */
  public static SortOrder parse(String name) {
    if (name.equalsIgnoreCase("newest")) {
      return YEAR; // what the web page calls it
    }
    for (SortOrder order : values()) {
      if (order.name().equalsIgnoreCase(name)) {
        return order;
      }
    }
    throw new IllegalArgumentException("unknown sort '" + name + "'; use one of " + names());
  }

  /** "relevance, year, rating" ({@code newest} is accepted for year too). */
  public static String names() {
    return Arrays.stream(values())
        .map(o -> o.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
