package org.paperscope.web;

import java.util.Set;

/**
 * A filter query that keeps the papers with one facet value, e.g. {@code venue:"ICLR"} or {@code
 * year:2018}: what a click on a facet adds to the {@code filter} parameter.
 *
 * @param dimension the facet dimension (venue, year, tag, decision, author)
 * @param value the facet's display value
 * @param query the query-language text of the filter
 */
record FacetFilter(String dimension, String value, String query) {
  private static final Set<String> DIMENSIONS =
      Set.of("venue", "year", "tag", "decision", "author");

  /**
   * The filter for a facet value, or {@code null} when the query language cannot express it: an
   * unknown dimension, a blank value, a non-numeric year, or a value containing a double quote
   * (phrases cannot contain one).
   */
  static FacetFilter of(String dimension, String value) {
    if (!DIMENSIONS.contains(dimension) || value == null || value.isBlank()) {
      return null;
    }
    if (dimension.equals("year")) {
      return value.matches("\\d{1,4}") ? new FacetFilter(dimension, value, "year:" + value) : null;
    }
    if (value.chars().anyMatch(FacetFilter::isQuote)) {
      return null;
    }
    return new FacetFilter(dimension, value, dimension + ":\"" + value + "\"");
  }

  /** The query-language quote characters ({@code QueryLexer}): straight and typographic. */
  private static boolean isQuote(int c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }
}
