package org.paperscope.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SortOrder;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.WebLimits;

/**
 * The search parameters shared by the results page, the exports and {@code /api/v1/search}: {@code
 * q}, repeated {@code filter}, {@code sort}, {@code offset}, {@code limit}, {@code more} and {@code
 * mode}, validated.
 *
 * @param query the query text; empty means every paper
 * @param filters filter queries, blank ones dropped; never null. Filters on one facet dimension are
 *     ORed by the search, dimensions ANDed
 * @param sort result order
 * @param offset hits skipped, 0 to {@link WebLimits#maxOffset}
 * @param limit hits returned
 * @param more the facet dimension to list with up to {@link SearchRequest#EXPANDED_FACET_LIMIT}
 *     values, or null
 * @param mode by words, by meaning or both; {@link SearchMode#AUTO} (both once papers have vectors)
 *     when not given
 */
public record SearchParams(
    String query,
    List<String> filters,
    SortOrder sort,
    int offset,
    int limit,
    FacetDimension more,
    SearchMode mode) {

  public SearchParams {
    filters = List.copyOf(filters);
  }

  /** Every paper matching these filters, first page, by relevance. */
  public static SearchParams filtered(List<String> filters) {
    return new SearchParams(
        "", filters, SortOrder.RELEVANCE, 0, SearchLinks.PAGE_SIZE, null, SearchMode.AUTO);
  }

  /** The query and filters as typed, everything else at its default (a page redrawn on error). */
  static SearchParams typed(String query, List<String> filters) {
    return new SearchParams(
        query, filters, SortOrder.RELEVANCE, 0, SearchLinks.PAGE_SIZE, null, SearchMode.AUTO);
  }

  /**
   * Reads and validates the parameters.
   *
   * @param params the query parameters, name to values
   * @param defaultLimit {@code limit} when absent
   * @param maxLimit largest {@code limit} accepted
   * @throws BadParameterException naming the first bad parameter
   */
  public static SearchParams parse(
      Map<String, List<String>> params, int defaultLimit, int maxLimit, WebLimits limits)
      throws BadParameterException {
    String query = QueryParameters.first(params, "q");
    List<String> filters = new ArrayList<>();
    for (String filter : params.getOrDefault("filter", List.of())) {
      if (!filter.isBlank()) {
        filters.add(filter.strip());
      }
    }
    if (filters.size() > limits.maxFilters()) {
      throw new BadParameterException(
          "filter", "param.filters", limits.maxFilters(), filters.size());
    }
    int offset = QueryParameters.integer(params, "offset", 0, 0, limits.maxOffset());
    int limit = QueryParameters.integer(params, "limit", defaultLimit, 0, maxLimit);
    return new SearchParams(
        query == null ? "" : query,
        filters,
        sort(QueryParameters.first(params, "sort")),
        offset,
        limit,
        more(QueryParameters.first(params, "more")),
        mode(QueryParameters.first(params, "mode")));
  }

  /**
   * The search to run, with up to {@code facetLimit} values per facet and more for {@link #more}.
   */
  public SearchRequest toRequest(int facetLimit) {
    return SearchRequest.builder(query)
        .filters(filters)
        .sort(sort)
        .offset(offset)
        .limit(limit)
        .facetLimit(facetLimit)
        .expand(more)
        .mode(mode)
        .build();
  }

  /** These parameters at another offset (paging). */
  public SearchParams withOffset(int newOffset) {
    return new SearchParams(query, filters, sort, newOffset, limit, more, mode);
  }

  /** Another query with the same filters, sort, facets and mode, on the first page. */
  SearchParams withQuery(String newQuery) {
    return new SearchParams(newQuery, filters, sort, 0, limit, more, mode);
  }

  /** Other filters, on the first page. */
  SearchParams withFilters(List<String> newFilters) {
    return new SearchParams(query, newFilters, sort, 0, limit, more, mode);
  }

  /** Another sort order, on the first page. */
  public SearchParams withSort(SortOrder newSort) {
    return new SearchParams(query, filters, newSort, 0, limit, more, mode);
  }

  /** Another expanded facet dimension (null: none), on the same page. */
  SearchParams withMore(FacetDimension dimension) {
    return new SearchParams(query, filters, sort, offset, limit, dimension, mode);
  }

  /** Another search mode, on the first page: its match set may differ. */
  SearchParams withMode(SearchMode newMode) {
    return new SearchParams(query, filters, sort, 0, limit, more, newMode);
  }

  /** The lower-case name of the sort order, as the {@code sort} parameter takes it. */
  String sortName() {
    return sort.name().toLowerCase(Locale.ROOT);
  }

  private static SortOrder sort(String name) throws BadParameterException {
    if (name == null || name.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    try {
      return SortOrder.parse(name.strip());
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("sort", "param.sort", name.strip(), SortOrder.names());
    }
  }

  private static SearchMode mode(String key) throws BadParameterException {
    if (key == null || key.isBlank()) {
      return SearchMode.AUTO;
    }
    return SearchMode.parse(key)
        .orElseThrow(
            () ->
                new BadParameterException(
                    "mode", "param.mode", QueryParameters.shorten(key.strip()), modeNames()));
  }

  /** "auto, keyword, semantic, hybrid". */
  private static String modeNames() {
    return Stream.of(SearchMode.values()).map(SearchMode::key).collect(Collectors.joining(", "));
  }

  private static FacetDimension more(String name) throws BadParameterException {
    if (name == null || name.isBlank()) {
      return null;
    }
    return FacetDimension.named(name.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new BadParameterException(
                    "more", "param.more", QueryParameters.shorten(name), FacetDimension.names()));
  }
}
