package org.paperscope.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One search: the user's query, filter queries that narrow it without changing scores (facet clicks
 * such as {@code venue:ICLR}), sort order, page, facet sizes and how the query is read. Build one
 * with {@link #builder}: {@code SearchRequest.builder("graph").sort(SortOrder.YEAR).limit(20)
 * .build()}.
 *
 * @param query query-language text (natural-language text with {@link QuerySyntax#PLAIN_TEXT});
 *     blank means every paper
 * @param filters further query-language texts every hit must also match; never null
 * @param sort result order
 * @param offset hits to skip, 0 or more
 * @param limit hits to return, 0 or more
 * @param facetLimit most values returned per facet dimension
 * @param expandedFacet a facet dimension to return with up to {@link #EXPANDED_FACET_LIMIT} values
 *     ("more"), or null
 * @param mode how papers are found and ranked (words, meaning, both)
 * @param syntax how the query text is read
 */
public record SearchRequest(
    String query,
    List<String> filters,
    SortOrder sort,
    int offset,
    int limit,
    int facetLimit,
    FacetDimension expandedFacet,
    SearchMode mode,
    QuerySyntax syntax) {

  /** Most values an expanded facet dimension returns. */
  public static final int EXPANDED_FACET_LIMIT = 1000;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = List.copyOf(filters == null ? List.of() : filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    mode = mode == null ? SearchMode.AUTO : mode;
    syntax = syntax == null ? QuerySyntax.LANGUAGE : syntax;
    if (offset < 0 || limit < 0 || facetLimit < 0) {
      throw new IllegalArgumentException(
          "offset, limit and facetLimit must be 0 or more: "
              + offset
              + ", "
              + limit
              + ", "
              + facetLimit);
    }
  }

  /** The most values to return for a facet dimension. */
  public int facetLimit(FacetDimension dimension) {
    return dimension == expandedFacet ? Math.max(facetLimit, EXPANDED_FACET_LIMIT) : facetLimit;
  }

  /** A first page of ten hits by relevance with up to 20 values per facet. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /**
   * A request for {@code query}: by default every paper it matches, by relevance, the first ten
   * hits, up to 20 values per facet, the default mode ({@link SearchMode#AUTO}), the query
   * language.
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** This request as a builder, to change a part of it. */
  public Builder toBuilder() {
    return builder(query)
        .filters(filters)
        .sort(sort)
        .offset(offset)
        .limit(limit)
        .facetLimit(facetLimit)
        .expand(expandedFacet)
        .mode(mode)
        .syntax(syntax);
  }

  /** Builds a {@link SearchRequest}. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private final List<String> filters = new ArrayList<>();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int offset;
    private int limit = 10;
    private int facetLimit = 20;
    private FacetDimension expandedFacet;
    private SearchMode mode = SearchMode.AUTO;
    private QuerySyntax syntax = QuerySyntax.LANGUAGE;

    private Builder(String query) {
      this.query = query;
    }

    /** Replaces the filter queries. */
    public Builder filters(List<String> values) {
      filters.clear();
      filters.addAll(Objects.requireNonNull(values, "filters"));
      return this;
    }

    /** Adds a filter query every hit must also match, e.g. {@code venue:ICLR}. */
    public Builder filter(String value) {
      filters.add(Objects.requireNonNull(value, "filter"));
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    public Builder offset(int value) {
      offset = value;
      return this;
    }

    public Builder limit(int value) {
      limit = value;
      return this;
    }

    /** The most values per facet dimension; 0 counts no values (the total is always exact). */
    public Builder facetLimit(int value) {
      facetLimit = value;
      return this;
    }

    /** Returns up to {@link #EXPANDED_FACET_LIMIT} values of this dimension; null for none. */
    public Builder expand(FacetDimension value) {
      expandedFacet = value;
      return this;
    }

    public Builder mode(SearchMode value) {
      mode = value;
      return this;
    }

    public Builder syntax(QuerySyntax value) {
      syntax = value;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, filters, sort, offset, limit, facetLimit, expandedFacet, mode, syntax);
    }
  }
}
