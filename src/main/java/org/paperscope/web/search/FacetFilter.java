package org.paperscope.web.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.search.FacetDimension;

/**
 * A filter query that keeps the papers with one facet value, e.g. {@code venue:"ICLR"} or {@code
 * year:2018}: what a click on a facet adds to the {@code filter} parameter.
 *
 * @param dimension the facet dimension (venue, year, tag, decision, author)
 * @param value the facet's display value
 * @param query the query-language text of the filter
 */
public record FacetFilter(String dimension, String value, String query) {
  /**
   * {@code field:"value"} or {@code field:word}: the shapes a facet click writes or a person types
   * for one value. Anything else (ranges, negations, several terms) is no single facet value.
   */
  private static final Pattern SIMPLE =
      Pattern.compile("([a-z]+):(?:\"([^\"\u201C\u201D\u201E]+)\"|([\\p{L}\\p{N}._-]+))");

  /**
   * The filter for a facet value, or {@code null} when the query language cannot express it: an
   * unknown dimension, a blank value, a non-numeric year, or a value containing a double quote
   * (phrases cannot contain one).
   */
  public static FacetFilter of(String dimension, String value) {
    if (FacetDimension.named(dimension).isEmpty() || value == null || value.isBlank()) {
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

  /**
   * Reads a filter query back as one facet value, or {@code null} when it is not one (e.g. {@code
   * year:2018..2020}, {@code title:graph}, {@code -venue:"ICLR"}). The result's {@link #query} is
   * the text given, stripped, so removing it removes exactly that filter.
   */
  static FacetFilter parse(String query) {
    Matcher m = SIMPLE.matcher(query.strip());
    if (!m.matches()) {
      return null;
    }
    String value = m.group(2) != null ? m.group(2) : m.group(3);
    FacetFilter canonical = of(m.group(1), value.strip());
    return canonical == null ? null : new FacetFilter(m.group(1), value.strip(), query.strip());
  }

  /** Whether this filter keeps the papers with the same value as {@code other}. */
  boolean sameValue(FacetFilter other) {
    return dimension.equals(other.dimension) && value.equals(other.value);
  }

  /** The query-language quote characters ({@code QueryLexer}): straight and typographic. */
  private static boolean isQuote(int c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }
}
