package org.paperscope.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.paperscope.export.ExportFormat;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;

/**
 * The HTML pages: home, results, paper, tags, author and the API's description. Every page is
 * complete without JavaScript.
 *
 * <p>Thread-safe.
 */
final class PageRoutes {

  /** Facet values shown per dimension on the results page. */
  private static final int FACET_VALUES = 10;

  private final LiveIndex index;
  private final Templates templates;
  private final WebLimits limits;
  private final RandomGenerator random;
  private final ExportRoutes exports;
  private final ApiPage apiPage;

  PageRoutes(
      LiveIndex index,
      Templates templates,
      WebLimits limits,
      RandomGenerator random,
      ExportRoutes exports,
      ApiPage apiPage) {
    this.index = index;
    this.templates = templates;
    this.limits = limits;
    this.random = random;
    this.exports = exports;
    this.apiPage = apiPage;
  }

  void home(Context ctx) throws IOException {
    try (Snapshot snapshot = index.acquire()) {
      html(ctx, "home", HomePage.of(snapshot, random));
    }
  }

  /**
   * {@code /search}: the results page, or a 302 to the paper's page when the query names one paper
   * by id or link.
   */
  void search(Context ctx) throws IOException {
    Map<String, List<String>> raw = ctx.queryParamMap();
    SearchParams params;
    try {
      params = SearchParams.parse(raw, SearchLinks.PAGE_SIZE, limits.maxPageSize(), limits);
    } catch (BadParameterException e) {
      ctx.status(400);
      html(ctx, "results", ResultsPage.badParameter(lenient(raw), e));
      return;
    }
    try (Snapshot snapshot = index.acquire()) {
      // One value more than shown tells a facet group that was cut from one that was not.
      SearchResult result = Searches.run(snapshot.searcher(), params.toRequest(FACET_VALUES + 1));
      if (result.paperId() != null) {
        ctx.redirect(SearchLinks.paper(result.paperId()), HttpStatus.FOUND);
        return;
      }
      html(ctx, "results", ResultsPage.of(params, result, limits, FACET_VALUES));
    } catch (MalformedSearchException e) {
      ctx.status(400);
      html(ctx, "results", ResultsPage.malformed(params, e));
    }
  }

  /**
   * {@code /papers/{id}}; also its BibTeX and RIS ({@code /papers/{id}.bib}, {@code .ris}), its
   * PDF's first-page thumbnail ({@code /papers/{id}/thumbnail.png}) and its reading room ({@code
   * /papers/{id}/text}). Ids may contain {@code /} (old arXiv ids), so the suffixes are only taken
   * off when the whole path is not an id.
   */
  void paper(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      PaperPath path = PaperPath.resolve(snapshot.searcher(), ctx.pathParam("id"));
      Paper paper = path.paper();
      switch (path.view()) {
        case BIBTEX -> exports.paperCitation(ctx, paper, ExportFormat.BIBTEX);
        case RIS -> exports.paperCitation(ctx, paper, ExportFormat.RIS);
        case THUMBNAIL -> thumbnail(ctx, snapshot, paper);
        case TEXT -> reading(ctx, snapshot, paper);
        case PAGE -> {
          boolean thumbnail = snapshot.searcher().thumbnail(paper).isPresent();
          boolean text = snapshot.searcher().fullText(paper).isPresent();
          html(ctx, "paper", PaperPage.of(paper, thumbnail, text));
        }
      }
    }
  }

  private static void thumbnail(Context ctx, Snapshot snapshot, Paper paper)
      throws NotFoundException {
    byte[] png =
        snapshot
            .searcher()
            .thumbnail(paper)
            .orElseThrow(() -> new NotFoundException("No thumbnail for paper " + paper.id() + "."));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("image/png").result(png);
  }

  private void reading(Context ctx, Snapshot snapshot, Paper paper) throws NotFoundException {
    PdfDocument text =
        snapshot
            .searcher()
            .fullText(paper)
            .orElseThrow(() -> new NotFoundException("No full text for paper " + paper.id() + "."));
    html(ctx, "text", ReadingPage.of(paper, text));
  }

  void tags(Context ctx) throws IOException, BadParameterException {
    TagParams params = TagParams.parse(ctx.queryParamMap(), TagsPage.PAGE_SIZE, TagsPage.MAX_LIMIT);
    try (Snapshot snapshot = index.acquire()) {
      html(ctx, "tags", TagsPage.of(params, params.select(snapshot.tags())));
    }
  }

  void author(Context ctx) throws IOException, NotFoundException {
    String name = ctx.pathParam("name");
    try (Snapshot snapshot = index.acquire()) {
      AuthorPapers author = Searches.byAuthor(snapshot.searcher(), name, limits.maxExportSize());
      if (author.papers().isEmpty()) {
        throw new NotFoundException("No papers by " + name + ".");
      }
      html(ctx, "author", AuthorPage.of(author));
    }
  }

  /** {@code /api}: the OpenAPI document as a page. */
  void api(Context ctx) {
    html(ctx, "api", apiPage);
  }

  private void html(Context ctx, String template, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(templates.render(template, model));
  }

  /** The query and filters as typed, for redrawing the page around a bad parameter. */
  private static SearchParams lenient(Map<String, List<String>> raw) {
    String q = SearchParams.first(raw, "q");
    List<String> filters =
        new ArrayList<>(
            raw.getOrDefault("filter", List.of()).stream().filter(f -> !f.isBlank()).toList());
    return new SearchParams(
        q == null ? "" : q, filters, SortOrder.RELEVANCE, 0, SearchLinks.PAGE_SIZE, null);
  }
}
