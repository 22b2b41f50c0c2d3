package org.paperscope.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SortOrder;

/**
 * Builds the site's relative URLs, percent-encoded; parameters at their defaults are left out so
 * links stay short and shareable. Templates HTML-escape the result as well.
 */
public final class SearchLinks {
  /** Hits per results page when {@code limit} is not given. */
  static final int PAGE_SIZE = 20;

  private SearchLinks() {}

  /** The results page for these parameters. */
  public static String search(SearchParams p) {
    return "/search" + queryString(p, true);
  }

  /** The results page with one more filter, back on the first page. */
  static String withFilter(SearchParams p, String filter) {
    List<String> filters = new ArrayList<>(p.filters());
    if (!filters.contains(filter)) {
      filters.add(filter);
    }
    return search(p.withFilters(filters));
  }

  /** The results page without one filter, back on the first page. */
  static String withoutFilter(SearchParams p, String filter) {
    List<String> filters = new ArrayList<>(p.filters());
    filters.remove(filter);
    return search(p.withFilters(filters));
  }

  /** The results page without any filter, back on the first page. */
  static String withoutFilters(SearchParams p) {
    return search(p.withFilters(List.of()));
  }

  /** The results page for another query with the same filters and sort, on the first page. */
  static String withQuery(SearchParams p, String query) {
    return search(p.withQuery(query));
  }

  /** The results page sorted another way, back on the first page. */
  static String withSort(SearchParams p, SortOrder sort) {
    return search(p.withSort(sort));
  }

  /** The results page searching another way, back on the first page. */
  static String withMode(SearchParams p, SearchMode mode) {
    return search(p.withMode(mode));
  }

  /**
   * The same page with one facet dimension listing more values (null: none), scrolled to that
   * dimension's facet ({@code #facet-tag}) so the page does not jump back to the top.
   */
  static String withMore(SearchParams p, FacetDimension more, FacetDimension anchor) {
    return search(p.withMore(more)) + "#facet-" + anchor.key();
  }

  /**
   * An export or feed of the same search, e.g. {@code /search.bib?q=…}, in the same mode (so it
   * holds the papers the page lists); no paging.
   */
  public static String export(SearchParams p, String extension) {
    return "/search." + extension + queryString(p, false);
  }

  /** A search for papers with this tag. */
  public static String tag(String tag) {
    FacetFilter filter = FacetFilter.of("tag", tag);
    String query = filter == null ? tag : filter.query();
    return "/search?q=" + encode(query);
  }

  /** The paper's page. */
  public static String paper(String id) {
    return "/papers/" + pathSegment(id);
  }

  /** The similar papers on the paper's page. */
  public static String similar(String id) {
    return paper(id) + "#similar";
  }

  /** The author's page. */
  public static String author(String name) {
    return "/authors/" + pathSegment(name);
  }

  /** Percent-encodes a query-string value. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes a value as one path segment, {@code /} included ({@code cs/0112017} becomes
   * {@code cs%2F0112017}): a literal slash would let a browser resolve dot segments in ids such as
   * {@code a/../b} before asking. The routes get the value back decoded. A value that is all dots
   * ({@code .} or {@code ..}) cannot survive a browser in a path at all.
   */
  public static String pathSegment(String value) {
    return encode(value).replace("+", "%20");
  }

  private static String queryString(SearchParams p, boolean paging) {
    List<String> parts = new ArrayList<>();
    parts.add("q=" + encode(p.query()));
    p.filters().forEach(f -> parts.add("filter=" + encode(f)));
    if (p.sort() != SortOrder.RELEVANCE) {
      parts.add("sort=" + p.sortName());
    }
    if (p.mode() != SearchMode.AUTO) {
      parts.add("mode=" + p.mode().key());
    }
    if (paging && p.offset() > 0) {
      parts.add("offset=" + p.offset());
    }
    if (paging && p.limit() != PAGE_SIZE) {
      parts.add("limit=" + p.limit());
    }
    if (paging && p.more() != null) {
      parts.add("more=" + p.more().key());
    }
    return "?" + String.join("&", parts);
  }
}
