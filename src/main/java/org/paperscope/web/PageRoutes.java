package org.paperscope.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.paperscope.paper.Paper;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;

/**
 * The HTML pages: home, results, paper, tags and author. Every page is complete without JavaScript.
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

  PageRoutes(
      LiveIndex index,
      Templates templates,
      WebLimits limits,
      RandomGenerator random,
      ExportRoutes exports) {
    this.index = index;
    this.templates = templates;
    this.limits = limits;
    this.random = random;
    this.exports = exports;
  }

  void home(Context ctx) throws IOException {
    try (Snapshot snapshot = index.acquire()) {
      html(ctx, "home", HomePage.of(snapshot, random));
    }
  }

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
      SearchResult result = Searches.run(snapshot.searcher(), params.toRequest(FACET_VALUES));
      html(ctx, "results", ResultsPage.of(params, result, limits.maxOffset()));
    } catch (MalformedSearchException e) {
      ctx.status(400);
      html(ctx, "results", ResultsPage.malformed(params, e));
    }
  }

  /** {@code /papers/{id}}, or its BibTeX when the path ends in {@code .bib}. */
  void paper(Context ctx) throws IOException, NotFoundException {
    String id = ctx.pathParam("id");
    try (Snapshot snapshot = index.acquire()) {
      Optional<Paper> paper = snapshot.searcher().paper(id);
      if (paper.isEmpty() && id.endsWith(".bib")) {
        exports.paperBib(ctx, snapshot, id.substring(0, id.length() - ".bib".length()));
        return;
      }
      html(
          ctx,
          "paper",
          PaperPage.of(
              paper.orElseThrow(() -> new NotFoundException("No paper with id " + id + "."))));
    }
  }

  void tags(Context ctx) throws IOException, BadParameterException {
    boolean byName = ApiRoutes.tagsByName(ctx);
    try (Snapshot snapshot = index.acquire()) {
      html(ctx, "tags", TagsPage.of(ApiRoutes.sortedTags(snapshot, byName), byName));
    }
  }

  void author(Context ctx) throws IOException, NotFoundException {
    String name = ctx.pathParam("name");
    try (Snapshot snapshot = index.acquire()) {
      List<Paper> papers = Searches.byAuthor(snapshot.searcher(), name, limits.maxExportSize());
      if (papers.isEmpty()) {
        throw new NotFoundException("No papers by " + name + ".");
      }
      html(ctx, "author", AuthorPage.of(name, papers));
    }
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
        q == null ? "" : q, filters, SortOrder.RELEVANCE, 0, SearchLinks.PAGE_SIZE);
  }
}
