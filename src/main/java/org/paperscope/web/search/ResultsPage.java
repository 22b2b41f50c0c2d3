package org.paperscope.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;
import org.paperscope.tags.TagNames;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.Layout;
import org.paperscope.web.Link;
import org.paperscope.web.MalformedSearchException;
import org.paperscope.web.Messages;
import org.paperscope.web.Pager;
import org.paperscope.web.WebLimits;

/**
 * The results page: the query, the exact count, notes on how the query was read, "did you mean",
 * facets, active filters, sort, the hits and paging, or a friendly error in place of the hits.
 *
 * @param layout the page frame
 * @param summary "1,234 results" (exact); empty when the search could not run
 * @param error what is wrong with the query or a parameter, or {@code null}
 * @param notes what the search did differently from what was typed; empty when nothing
 * @param suggestion the corrected query linked with the same filters and sort, or {@code null}
 * @param noResults whether a search ran and matched nothing: the page then offers help instead of
 *     sort, paging and exports
 * @param hits this page's hits
 * @param facets facet groups in display order; empty ones left out
 * @param filters the active filters as removable chips
 * @param sorts the sort orders, the current one marked; empty when there is nothing to sort
 * @param pager links to other pages; {@code null} when everything fits on one
 * @param exports the same search as BibTeX, RIS, CSV, JSON and Atom; empty when there is nothing to
 *     export
 * @param exportNote says that an export file holds at most {@link WebLimits#maxExportSize} papers
 *     when more match, or null
 * @param modes searching by words, by meaning or both; {@link ResultModes#NONE} when the search
 *     failed
 * @param concept "What is X?" linking the glossary's page when the query names a concept, or null
 */
public record ResultsPage(
    Layout layout,
    String summary,
    QueryError error,
    List<SearchResult.Note> notes,
    Link suggestion,
    boolean noResults,
    List<HitView> hits,
    List<FacetGroup> facets,
    ActiveFilters filters,
    List<SortOption> sorts,
    Pager pager,
    List<Link> exports,
    String exportNote,
    ResultModes modes,
    Link concept) {

  /** This page offering the glossary's page of the concept the query names ("What is X?"). */
  public ResultsPage withConcept(Link link) {
    return new ResultsPage(
        layout,
        summary,
        error,
        notes,
        suggestion,
        noResults,
        hits,
        facets,
        filters,
        sorts,
        pager,
        exports,
        exportNote,
        modes,
        link);
  }

  /**
   * A message for the user; for a malformed query, the query split around the character the problem
   * was found at so the page can point at it.
   */
  public record QueryError(String message, String before, String at, String after) {}

  /**
   * One facet dimension with its values.
   *
   * @param id the group's element id, the target of its "More…" and "Fewer" links
   * @param moreHref the page listing more of this dimension's values, or {@code null} when all are
   *     shown
   * @param fewerHref the page listing the usual few again, or {@code null} unless expanded
   * @param size how many values an expanded group lists ("523 values", "first 1,000 values"), as
   *     its list scrolls; {@code null} unless expanded
   */
  public record FacetGroup(
      String title,
      String id,
      List<FacetValue> values,
      String moreHref,
      String fewerHref,
      String size) {}

  /**
   * A facet value: a link adding its filter, or removing it when already active; {@code href} is
   * null when no filter can express the value, {@code count} blank when unknown.
   */
  /**
   * A facet value's link: {@code label} as shown (a tag's most written name), {@code value} as the
   * facet counts it (a tag's key).
   */
  public record FacetValue(String label, String count, String href, boolean active, String value) {}

  /** The active filters and the link that removes them all ({@code null} when there are none). */
  public record ActiveFilters(List<Filter> chips, String clearHref) {
    /** Whether to offer "Clear all": two or more filters. */
    public boolean clearAll() {
      return chips.size() >= 2;
    }
  }

  /**
   * An active filter with the link that removes it.
   *
   * @param dimension the facet heading ("Venue") for a single facet value, else {@code null}
   * @param text the value ("ICLR"), or the filter's query text when it is not a facet value
   */
  public record Filter(String dimension, String text, String removeHref) {
    /** "Venue: ICLR", or the query text. */
    public String label() {
      return dimension == null ? text : dimension + ": " + text;
    }
  }

  /** A sort order and the link that applies it. */
  public record SortOption(String label, String href, boolean current) {}

  /** The Atom feed of this search, or {@code null} when the search failed. */
  public String feedHref() {
    return exports.stream()
        .filter(l -> l.href().startsWith("/search.atom"))
        .map(Link::href)
        .findFirst()
        .orElse(null);
  }

  /**
   * The page for a successful search.
   *
   * @param embedded papers with an embedding: without any, the page offers neither search modes nor
   *     similar papers
   * @param facetValues values listed per facet group; the result's facets hold one more for a group
   *     that is cut
   */
  static ResultsPage of(
      SearchParams params,
      SearchResult result,
      int embedded,
      WebLimits limits,
      int facetValues,
      TagNames tagNames,
      Messages messages) {
    boolean none = result.total() == 0;
    List<HitView> hits = result.hits().stream().map(h -> hit(h, result.mode(), messages)).toList();
    if (embedded == 0) {
      hits = hits.stream().map(HitView::withoutSimilar).toList();
    }
    return new ResultsPage(
        layout(params, messages),
        messages.get("results.count", result.total()),
        null,
        result.notes().stream().map(ResultsPage::sentence).toList(),
        suggestion(params, result.suggestion()),
        none,
        hits,
        ResultFacets.of(params, result.facets(), facetValues, tagNames, messages),
        filters(params, messages),
        none ? List.of() : sorts(params, messages),
        none ? null : pager(params, result.total(), limits.maxOffset(), messages),
        none ? List.of() : exports(params, messages),
        exportNote(result.total(), limits.maxExportSize(), messages),
        ResultModes.of(params, result, embedded, messages),
        null);
  }

  /**
   * A hit with its highlights, except by meaning: the papers were not found by the query's words,
   * so marking them would say otherwise.
   */
  private static HitView hit(SearchResult.Hit hit, SearchMode ran, Messages messages) {
    if (ran == SearchMode.SEMANTIC) {
      return HitView.of(
          new SearchResult.Hit(
              hit.paper(), hit.score(), List.of(), hit.autoTldr(), hit.summaries()),
          messages);
    }
    return HitView.of(hit, messages);
  }

  /** The page for a query the parser rejected, pointing at the position. */
  static ResultsPage malformed(
      SearchParams params, MalformedSearchException malformed, Messages messages) {
    boolean inFilter = malformed.field().equals("filter");
    QuerySyntaxException e = malformed.syntax();
    String text = inFilter ? "" : params.query();
    int at = Math.clamp(e.position(), 0, text.length());
    int end = Math.min(text.length(), at + 1);
    // The description is the query parser's, in English.
    String message = inFilter ? messages.get("results.error.filter", e.describe()) : e.describe();
    QueryError error =
        new QueryError(
            message, text.substring(0, at), text.substring(at, end), text.substring(end));
    return failed(params, error, messages);
  }

  /** The page for a bad parameter such as {@code sort=size}. */
  static ResultsPage badParameter(SearchParams params, BadParameterException e, Messages messages) {
    return failed(params, new QueryError(e.message(messages), "", "", ""), messages);
  }

  private static ResultsPage failed(SearchParams params, QueryError error, Messages messages) {
    return new ResultsPage(
        layout(params, messages),
        "",
        error,
        List.of(),
        null,
        false,
        List.of(),
        List.of(),
        filters(params, messages),
        sorts(params, messages),
        null,
        List.of(),
        null,
        ResultModes.NONE,
        null);
  }

  private static Layout layout(SearchParams params, Messages messages) {
    String title = params.query().isBlank() ? messages.get("results.all") : params.query();
    String mode = params.mode() == SearchMode.AUTO ? "" : params.mode().key();
    return new Layout(title, params.query(), "", mode);
  }

  /** The note with its message starting as a sentence ("a prefix needs…" → "A prefix needs…"). */
  private static SearchResult.Note sentence(SearchResult.Note note) {
    String m = note.message();
    String capital = m.isEmpty() ? m : m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
    return new SearchResult.Note(note.kind(), capital);
  }

  private static Link suggestion(SearchParams params, String corrected) {
    return corrected == null ? null : new Link(corrected, SearchLinks.withQuery(params, corrected));
  }

  private static ActiveFilters filters(SearchParams params, Messages messages) {
    List<Filter> chips = new ArrayList<>();
    for (String f : params.filters()) {
      FacetFilter facet = FacetFilter.parse(f);
      String dimension =
          facet == null
              ? null
              : ResultFacets.title(FacetDimension.named(facet.dimension()).orElseThrow(), messages);
      String text = facet == null ? f : facet.value();
      chips.add(new Filter(dimension, text, SearchLinks.withoutFilter(params, f)));
    }
    return new ActiveFilters(chips, chips.isEmpty() ? null : SearchLinks.withoutFilters(params));
  }

  private static List<SortOption> sorts(SearchParams params, Messages messages) {
    return List.of(
        sort(params, messages.get("sort.relevance"), SortOrder.RELEVANCE),
        sort(params, messages.get("sort.newest"), SortOrder.YEAR),
        sort(params, messages.get("sort.rating"), SortOrder.RATING));
  }

  private static SortOption sort(SearchParams params, String label, SortOrder order) {
    return new SortOption(label, SearchLinks.withSort(params, order), params.sort() == order);
  }

  private static Pager pager(SearchParams params, long total, int maxOffset, Messages messages) {
    if (params.limit() == 0 || (params.offset() == 0 && total <= params.limit())) {
      return null;
    }
    long first = Math.min(total, params.offset() + 1L);
    long last = Math.min(total, (long) params.offset() + params.limit());
    String range = messages.get("pager.range", first, last, total);
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

  private static List<Link> exports(SearchParams params, Messages messages) {
    return List.of(
        new Link(messages.get("export.bibtex"), SearchLinks.export(params, "bib")),
        new Link(messages.get("export.ris"), SearchLinks.export(params, "ris")),
        new Link(messages.get("export.csv"), SearchLinks.export(params, "csv")),
        new Link(messages.get("export.json"), SearchLinks.export(params, "json")),
        new Link(messages.get("export.atom"), SearchLinks.export(params, "atom")));
  }

  private static String exportNote(long total, int maxExport, Messages messages) {
    return total <= maxExport ? null : messages.get("results.export-note", maxExport, total);
  }
}
