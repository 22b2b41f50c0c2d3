package org.paperscope.search;

import java.util.List;

/**
 * One search: the user's query, filter queries that narrow it without changing scores (facet clicks
 * such as {@code venue:ICLR}), sort order and page.
 *
 * @param query query-language text; blank means every paper
 * @param filters further query-language texts every hit must also match; never null
 * @param sort result order
 * @param offset hits to skip, 0 or more
 * @param limit hits to return, 0 or more
 * @param facetLimit most values returned per facet dimension
 * @param expandedFacet a facet dimension to return with up to {@link #EXPANDED_FACET_LIMIT} values
 *     ("more"), or null
 */
public record SearchRequest(
    String query,
    List<String> filters,
    SortOrder sort,
    int offset,
    int limit,
    int facetLimit,
    String expandedFacet) {

  /** Most values an expanded facet dimension returns. */
  public static final int EXPANDED_FACET_LIMIT = 1000;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = List.copyOf(filters == null ? List.of() : filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request with no expanded facet. */
  public SearchRequest(
      String query, List<String> filters, SortOrder sort, int offset, int limit, int facetLimit) {
    this(query, filters, sort, offset, limit, facetLimit, null);
  }

  /** The most values to return for a facet dimension. */
  public int facetLimit(String dimension) {
    return dimension.equals(expandedFacet)
        ? Math.max(facetLimit, EXPANDED_FACET_LIMIT)
        : facetLimit;
  }

  /** A first page of ten hits by relevance with up to 20 values per facet. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), SortOrder.RELEVANCE, 0, 10, 20);
  }
}
