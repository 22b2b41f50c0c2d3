package org.paperscope.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;

/**
 * A search's result set as BibTeX, CSV, JSON or an Atom feed ({@code /search.bib|csv|json|atom}),
 * with the results page's parameters; {@code limit} defaults to and is capped at {@link
 * WebLimits#maxExportSize} (the feed defaults to {@link #FEED_SIZE}). Also a paper's BibTeX.
 *
 * <p>Thread-safe.
 */
final class ExportRoutes {
  /** Entries in a feed when {@code limit} is not given: a feed reader wants the latest few. */
  static final int FEED_SIZE = 50;

  /** Host headers that may appear in absolute links; anything else becomes "localhost". */
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final LiveIndex index;
  private final WebLimits limits;

  ExportRoutes(LiveIndex index, WebLimits limits) {
    this.index = index;
    this.limits = limits;
  }

  void bib(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    List<Paper> papers =
        papers(ctx, limits.maxExportSize()).hits().stream().map(SearchResult.Hit::paper).toList();
    attachment(ctx, "application/x-bibtex; charset=utf-8", "papers.bib");
    ctx.result(BibTex.entries(papers, baseUrl(ctx)));
  }

  void csv(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    List<Paper> papers =
        papers(ctx, limits.maxExportSize()).hits().stream().map(SearchResult.Hit::paper).toList();
    attachment(ctx, "text/csv; charset=utf-8", "papers.csv");
    ctx.result(ResultCsv.write(papers, baseUrl(ctx)));
  }

  /** {@code {"total","papers":[every field of each paper]}}; total counts the whole match set. */
  void json(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    SearchResult result = papers(ctx, limits.maxExportSize());
    var node = PaperJson.mapper().createObjectNode();
    node.put("total", result.total());
    var list = node.putArray("papers");
    result.hits().forEach(h -> list.add(PaperJson.toNode(h.paper())));
    attachment(ctx, "application/json", "papers.json");
    ctx.result(ApiJson.write(node));
  }

  void atom(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    try (Snapshot snapshot = index.acquire()) {
      SearchParams params =
          SearchParams.parse(ctx.queryParamMap(), FEED_SIZE, limits.maxExportSize(), limits);
      String sort = ctx.queryParam("sort");
      if (sort == null || sort.isBlank()) {
        params = params.withSort(SortOrder.YEAR); // a feed reader wants the newest papers first
      }
      SearchResult result = Searches.run(snapshot.searcher(), params.toRequest(0));
      String base = baseUrl(ctx);
      String title = "PaperScope: " + (params.query().isBlank() ? "all papers" : params.query());
      List<Paper> papers = result.hits().stream().map(SearchResult.Hit::paper).toList();
      String feed =
          AtomFeed.write(
              title,
              base + SearchLinks.export(params, "atom"),
              base + SearchLinks.search(params),
              base,
              snapshot.openedAt(),
              papers);
      ctx.contentType("application/atom+xml; charset=utf-8").result(feed);
    }
  }

  void paperBib(Context ctx, Snapshot snapshot, String id) throws IOException, NotFoundException {
    Paper paper =
        snapshot
            .searcher()
            .paper(id)
            .orElseThrow(() -> new NotFoundException("No paper with id " + id + "."));
    ctx.contentType("application/x-bibtex; charset=utf-8");
    ctx.result(BibTex.entry(paper, BibTex.key(paper), baseUrl(ctx)));
  }

  /**
   * Scheme, host and port of this server as the client addressed it, for absolute links in feeds
   * and exports; a malformed Host header falls back to localhost.
   */
  static String baseUrl(Context ctx) {
    String host = ctx.host();
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    return ctx.scheme() + "://" + host;
  }

  private SearchResult papers(Context ctx, int defaultLimit)
      throws IOException, BadParameterException, MalformedSearchException {
    SearchParams params =
        SearchParams.parse(ctx.queryParamMap(), defaultLimit, limits.maxExportSize(), limits);
    try (Snapshot snapshot = index.acquire()) {
      return Searches.run(snapshot.searcher(), params.toRequest(0));
    }
  }

  private static void attachment(Context ctx, String type, String filename) {
    ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}
