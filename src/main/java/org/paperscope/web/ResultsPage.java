package org.paperscope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;

/**
 * The results page: the query, the exact count, facets, active filters, sort, the hits and paging,
 * or a friendly error in place of the hits.
 *
 * @param layout the page frame
 * @param summary "1,234 results" (exact)
 * @param error what is wrong with the query or a parameter, or {@code null}
 * @param hits this page's hits
 * @param facets facet groups in display order; empty ones left out
 * @param filters the active filters with links that remove them
 * @param sorts the sort orders, the current one marked
 * @param pager links to other pages; {@code null} when everything fits on one
 * @param exports the same search as BibTeX, CSV, JSON and Atom
 */
public record ResultsPage(
    Layout layout,
    String summary,
    QueryError error,
    List<HitView> hits,
    List<FacetGroup> facets,
    List<Filter> filters,
    List<SortOption> sorts,
    Pager pager,
    List<Link> exports) {

  /** Facet dimensions in display order with their headings. */
  private static final Map<String, String> FACET_TITLES =
      Map.of(
          "venue",
          "Venue",
          "year",
          "Year",
          "decision",
          "Decision",
          "tag",
          "Tag",
          "author",
          "Author");

  private static final List<String> FACET_ORDER =
      List.of("venue", "year", "decision", "tag", "author");

  /**
   * A message for the user; for a malformed query, the query split around the character the problem
   * was found at so the page can point at it.
   */
  public record QueryError(String message, String before, String at, String after) {}

  /** One facet dimension with its values. */
  public record FacetGroup(String title, List<FacetValue> values) {}

  /** A facet value: a link adding its filter, or removing it when already active. */
  public record FacetValue(String label, String count, String href, boolean active) {}

  /** An active filter with the link that removes it. */
  public record Filter(String label, String removeHref) {}

  /** A sort order and the link that applies it. */
  public record SortOption(String label, String href, boolean current) {}

  /** Previous/next links and the range shown, e.g. "21–40 of 1,234". */
  public record Pager(String range, String previous, String next) {}

  /** The Atom feed of this search, or {@code null} when the search failed. */
  public String feedHref() {
    return exports.stream()
        .filter(l -> l.href().startsWith("/search.atom"))
        .map(Link::href)
        .findFirst()
        .orElse(null);
  }

  /** The page for a successful search. */
  static ResultsPage of(SearchParams params, SearchResult result, int maxOffset) {
    return new ResultsPage(
        layout(params),
        count(result.total(), "result"),
        null,
        result.hits().stream().map(HitView::of).toList(),
        facets(params, result.facets()),
        filters(params),
        sorts(params),
        pager(params, result.total(), maxOffset),
        exports(params));
  }

  /** The page for a query the parser rejected, pointing at the position. */
  static ResultsPage malformed(SearchParams params, MalformedSearchException malformed) {
    boolean inFilter = malformed.field().equals("filter");
    QuerySyntaxException e = malformed.syntax();
    String text = inFilter ? "" : params.query();
    int at = Math.clamp(e.position(), 0, text.length());
    int end = Math.min(text.length(), at + 1);
    String message = (inFilter ? "A filter is malformed: " : "") + e.describe();
    QueryError error =
        new QueryError(
            message, text.substring(0, at), text.substring(at, end), text.substring(end));
    return failed(params, error);
  }

  /** The page for a bad parameter such as {@code sort=size}. */
  static ResultsPage badParameter(SearchParams params, BadParameterException e) {
    return failed(params, new QueryError(e.getMessage(), "", "", ""));
  }

  private static ResultsPage failed(SearchParams params, QueryError error) {
    return new ResultsPage(
        layout(params),
        "",
        error,
        List.of(),
        List.of(),
        filters(params),
        sorts(params),
        null,
        List.of());
  }

  /** "No results", "1 result", "1,234 results". */
  static String count(long n, String noun) {
    if (n == 0) {
      return "No " + noun + "s";
    }
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static Layout layout(SearchParams params) {
    String title = params.query().isBlank() ? "All papers" : params.query();
    return new Layout(title, params.query(), "");
  }

  private static List<FacetGroup> facets(
      SearchParams params, Map<String, Map<String, Long>> counts) {
    List<FacetGroup> groups = new ArrayList<>();
    for (String dimension : FACET_ORDER) {
      List<FacetValue> values = new ArrayList<>();
      counts
          .getOrDefault(dimension, Map.of())
          .forEach((value, n) -> values.add(facetValue(params, dimension, value, n)));
      if (!values.isEmpty()) {
        groups.add(new FacetGroup(FACET_TITLES.get(dimension), values));
      }
    }
    return groups;
  }

  private static FacetValue facetValue(
      SearchParams params, String dimension, String value, long n) {
    String count = String.format(Locale.ROOT, "%,d", n);
    FacetFilter filter = FacetFilter.of(dimension, value);
    if (filter == null) {
      return new FacetValue(value, count, null, false);
    }
    boolean active = params.filters().contains(filter.query());
    String href =
        active
            ? SearchLinks.withoutFilter(params, filter.query())
            : SearchLinks.withFilter(params, filter.query());
    return new FacetValue(value, count, href, active);
  }

  private static List<Filter> filters(SearchParams params) {
    return params.filters().stream()
        .map(f -> new Filter(f, SearchLinks.withoutFilter(params, f)))
        .toList();
  }

  private static List<SortOption> sorts(SearchParams params) {
    List<SortOption> out = new ArrayList<>();
    out.add(
        new SortOption(
            "Relevance",
            SearchLinks.withSort(params, SortOrder.RELEVANCE),
            params.sort() == SortOrder.RELEVANCE));
    out.add(
        new SortOption(
            "Newest",
            SearchLinks.withSort(params, SortOrder.YEAR),
            params.sort() == SortOrder.YEAR));
    out.add(
        new SortOption(
            "Rating",
            SearchLinks.withSort(params, SortOrder.RATING),
            params.sort() == SortOrder.RATING));
    return out;
  }

  private static Pager pager(SearchParams params, long total, int maxOffset) {
    if (params.limit() == 0 || (params.offset() == 0 && total <= params.limit())) {
      return null;
    }
    long first = Math.min(total, params.offset() + 1L);
    long last = Math.min(total, (long) params.offset() + params.limit());
    String range = String.format(Locale.ROOT, "%,d–%,d of %,d", first, last, total);
    String previous =
        params.offset() == 0
            ? null
            : SearchLinks.search(params.withOffset(Math.max(0, params.offset() - params.limit())));
    String next =
        last >= total || last > maxOffset
            ? null
            : SearchLinks.search(params.withOffset((int) last));
    return new Pager(range, previous, next);
  }

  private static List<Link> exports(SearchParams params) {
    return List.of(
        new Link("BibTeX", SearchLinks.export(params, "bib")),
        new Link("CSV", SearchLinks.export(params, "csv")),
        new Link("JSON", SearchLinks.export(params, "json")),
        new Link("Atom feed", SearchLinks.export(params, "atom")));
  }
}
