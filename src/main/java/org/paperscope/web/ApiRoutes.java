package org.paperscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.pdf.PdfDocument;

/**
 * JSON API v1: {@code /api/v1/search}, {@code /papers/{id}}, {@code /tags}, {@code /authors/{name}}
 * and the OpenAPI document describing them ({@code web/openapi.json}).
 *
 * <p>Thread-safe.
 */
final class ApiRoutes {

  /** Hits per call when {@code limit} is not given, as the CLI's {@code search}. */
  static final int DEFAULT_LIMIT = 10;

  /** Facet values per dimension, as the CLI's {@code search --json}. */
  static final int FACET_VALUES = 10;

  private final LiveIndex index;
  private final WebLimits limits;
  private final byte[] openApi;

  ApiRoutes(LiveIndex index, WebLimits limits) {
    this.index = index;
    this.limits = limits;
    this.openApi = resource("/web/openapi.json");
  }

  void search(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    SearchParams params =
        SearchParams.parse(ctx.queryParamMap(), DEFAULT_LIMIT, limits.maxPageSize(), limits);
    try (Snapshot snapshot = index.acquire()) {
      json(
          ctx,
          ApiJson.write(
              ApiJson.searchResult(
                  Searches.run(snapshot.searcher(), params.toRequest(FACET_VALUES)))));
    }
  }

  /**
   * {@code /api/v1/papers/{id}}, and {@code /api/v1/papers/{id}/text}: the PDF's extracted text as
   * the reading room shows it (ids may contain {@code /}, so the suffix only counts when the whole
   * path is not an id).
   */
  void paper(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      PaperPath path = PaperPath.resolve(snapshot.searcher(), ctx.pathParam("id"));
      Paper paper = path.paper();
      switch (path.view()) {
        case PAGE -> json(ctx, PaperJson.toJson(paper));
        case TEXT -> {
          PdfDocument text =
              snapshot
                  .searcher()
                  .fullText(paper)
                  .orElseThrow(
                      () -> new NotFoundException("No full text for paper " + paper.id() + "."));
          json(ctx, ApiJson.write(ApiJson.fullText(paper, text)));
        }
        default -> throw new NotFoundException("No paper with id " + ctx.pathParam("id") + ".");
      }
    }
  }

  void tags(Context ctx) throws IOException, BadParameterException {
    TagParams params = TagParams.parse(ctx.queryParamMap(), Integer.MAX_VALUE, Integer.MAX_VALUE);
    try (Snapshot snapshot = index.acquire()) {
      TagParams.Selection selection = params.select(snapshot.tags());
      ObjectNode page = ApiJson.tags(selection.tags());
      page.put("total", selection.matching());
      json(ctx, ApiJson.write(page));
    }
  }

  void author(Context ctx) throws IOException, NotFoundException {
    String name = ctx.pathParam("name");
    try (Snapshot snapshot = index.acquire()) {
      AuthorPapers author = Searches.byAuthor(snapshot.searcher(), name, limits.maxExportSize());
      if (author.papers().isEmpty()) {
        throw new NotFoundException("No papers by " + name + ".");
      }
      json(ctx, ApiJson.write(ApiJson.author(author)));
    }
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** The OpenAPI document served at {@code /api/v1/openapi.json}, parsed. */
  JsonNode openApiDocument() {
    try {
      return PaperJson.mapper().readTree(openApi);
    } catch (IOException e) {
      throw new UncheckedIOException("web/openapi.json in the jar is not JSON", e);
    }
  }

  static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }
}
