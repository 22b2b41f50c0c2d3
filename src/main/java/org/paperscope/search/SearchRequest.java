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
 */
public record SearchRequest(
    String query, List<String> filters, SortOrder sort, int offset, int limit, int facetLimit) {

  public SearchRequest {
    query = query == null ? "" : query;
    filters = List.copyOf(filters == null ? List.of() : filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A first page of ten hits by relevance with up to 20 values per facet. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), SortOrder.RELEVANCE, 0, 10, 20);
  }
}
