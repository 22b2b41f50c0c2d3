package org.paperscope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SortOrder;

/**
 * The search parameters shared by the results page, the exports and {@code /api/v1/search}: {@code
 * q}, repeated {@code filter}, {@code sort}, {@code offset}, {@code limit} and {@code more},
 * validated.
 *
 * @param query the query text; empty means every paper
 * @param filters filter queries, blank ones dropped; never null. Filters on one facet dimension are
 *     ORed by the search, dimensions ANDed
 * @param sort result order
 * @param offset hits skipped, 0 to {@link WebLimits#maxOffset}
 * @param limit hits returned
 * @param more the facet dimension to list with up to {@link SearchRequest#EXPANDED_FACET_LIMIT}
 *     values, or null
 */
record SearchParams(
    String query,
    List<String> filters,
    SortOrder sort,
    int offset,
    int limit,
    FacetDimension more) {

  SearchParams {
    filters = List.copyOf(filters);
  }

  /** Every paper matching these filters, first page, by relevance. */
  static SearchParams filtered(List<String> filters) {
    return new SearchParams("", filters, SortOrder.RELEVANCE, 0, SearchLinks.PAGE_SIZE, null);
  }

  /**
   * Reads and validates the parameters.
   *
   * @param params the query parameters, name to values
   * @param defaultLimit {@code limit} when absent
   * @param maxLimit largest {@code limit} accepted
   * @throws BadParameterException naming the first bad parameter
   */
  static SearchParams parse(
      Map<String, List<String>> params, int defaultLimit, int maxLimit, WebLimits limits)
      throws BadParameterException {
    String query = first(params, "q");
    List<String> filters = new ArrayList<>();
    for (String filter : params.getOrDefault("filter", List.of())) {
      if (!filter.isBlank()) {
        filters.add(filter.strip());
      }
    }
    if (filters.size() > limits.maxFilters()) {
      throw new BadParameterException(
          "filter",
          "at most " + limits.maxFilters() + " filters are allowed, not " + filters.size());
    }
    int offset = integer(params, "offset", 0, 0, limits.maxOffset());
    int limit = integer(params, "limit", defaultLimit, 0, maxLimit);
    return new SearchParams(
        query == null ? "" : query,
        filters,
        sort(first(params, "sort")),
        offset,
        limit,
        more(first(params, "more")));
  }

  /**
   * The search to run, with up to {@code facetLimit} values per facet and more for {@link #more}.
   */
  SearchRequest toRequest(int facetLimit) {
    return SearchRequest.builder(query)
        .filters(filters)
        .sort(sort)
        .offset(offset)
        .limit(limit)
        .facetLimit(facetLimit)
        .expand(more)
        .build();
  }

  /** These parameters at another offset (paging). */
  SearchParams withOffset(int newOffset) {
    return new SearchParams(query, filters, sort, newOffset, limit, more);
  }

  /** Another query with the same filters, sort and facets, on the first page. */
  SearchParams withQuery(String newQuery) {
    return new SearchParams(newQuery, filters, sort, 0, limit, more);
  }

  /** Other filters, on the first page. */
  SearchParams withFilters(List<String> newFilters) {
    return new SearchParams(query, newFilters, sort, 0, limit, more);
  }

  /** Another sort order, on the first page. */
  SearchParams withSort(SortOrder newSort) {
    return new SearchParams(query, filters, newSort, 0, limit, more);
  }

  /** Another expanded facet dimension (null: none), on the same page. */
  SearchParams withMore(FacetDimension dimension) {
    return new SearchParams(query, filters, sort, offset, limit, dimension);
  }

  /** The lower-case name of the sort order, as the {@code sort} parameter takes it. */
  String sortName() {
    return sort.name().toLowerCase(Locale.ROOT);
  }

  /** The first value of a parameter, or {@code null} when absent. */
  static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static SortOrder sort(String name) throws BadParameterException {
    if (name == null || name.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    try {
      return SortOrder.parse(name.strip());
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("sort", e.getMessage());
    }
  }

  private static FacetDimension more(String name) throws BadParameterException {
    if (name == null || name.isBlank()) {
      return null;
    }
    return FacetDimension.named(name.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new BadParameterException(
                    "more",
                    "unknown facet '" + shorten(name) + "'; use one of " + FacetDimension.names()));
  }

  /**
   * An integer parameter between {@code min} and {@code max}, {@code absent} when not given.
   *
   * @throws BadParameterException naming the parameter when it is not such a number
   */
  static int integer(Map<String, List<String>> params, String name, int absent, int min, int max)
      throws BadParameterException {
    String text = first(params, name);
    if (text == null || text.isBlank()) {
      return absent;
    }
    int value;
    try {
      value = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(
          name, name + " must be a whole number, not '" + shorten(text) + "'");
    }
    if (value < min || value > max) {
      throw new BadParameterException(name, name + " must be between " + min + " and " + max);
    }
    return value;
  }

  /** Echoes at most 40 characters of a bad value back to the user. */
  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
