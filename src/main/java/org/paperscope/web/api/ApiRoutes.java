package org.paperscope.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.paperscope.export.TagsAndConcepts;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperPart;
import org.paperscope.search.SearchResultJson;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.MalformedSearchException;
import org.paperscope.web.Messages;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.WebLimits;
import org.paperscope.web.browse.AuthorPapers;
import org.paperscope.web.browse.TagParams;
import org.paperscope.web.paper.PaperPath;
import org.paperscope.web.search.SearchParams;
import org.paperscope.web.search.Searches;
import org.paperscope.web.summaries.SummaryApi;

/**
 * JSON API v1: {@code /api/v1/search}, {@code /papers/{id}} (and its {@code /text} and {@code
 * /similar}), {@code /tags}, {@code /authors/{name}} and the OpenAPI document describing them
 * ({@code web/openapi.json}); also that document as a page for people ({@code /api}).
 *
 * <p>Thread-safe.
 */
public final class ApiRoutes {

  /** Hits per call when {@code limit} is not given, as the CLI's {@code search}. */
  static final int DEFAULT_LIMIT = 10;

  /** Facet values per dimension, as the CLI's {@code search --json}. */
  static final int FACET_VALUES = 10;

  private final LiveIndex index;
  private final WebLimits limits;
  private final Templates templates;
  private final Messages messages;
  private final byte[] openApi;

  /** The page for people, built once per interface language. */
  private final java.util.Map<java.util.Locale, ApiPage> pages;

  private final SummaryApi summaries;

  /**
   * @param messages the words of the API page
   */
  public ApiRoutes(
      LiveIndex index,
      WebLimits limits,
      Templates templates,
      Messages messages,
      SummaryApi summaries) {
    this.index = index;
    this.summaries = summaries;
    this.limits = limits;
    this.templates = templates;
    this.messages = messages;
    this.openApi = resource("/web/openapi.json");
    this.pages = new java.util.concurrent.ConcurrentHashMap<>();
  }

  public void search(Context ctx)
      throws IOException, BadParameterException, MalformedSearchException {
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
   * {@code /api/v1/papers/{id}}; {@code /api/v1/papers/{id}/text}: the PDF's extracted text as the
   * reading room shows it; {@code /tldr?source=author|auto}: its TL;DR ({@link ApiJson#tldr});
   * {@code /api/v1/papers/{id}/similar?limit=N}: the papers nearest to it in meaning; {@code
   * /summaries}: its community summaries ({@link SummaryApi#list}) (ids may contain {@code /}, so a
   * suffix only counts when the whole path is not an id).
   *
   * @throws BadParameterException when {@code limit} is not 1 to {@link SimilarPapers#MAX_LIMIT}
   */
  public void paper(Context ctx) throws IOException, NotFoundException, BadParameterException {
    try (Snapshot snapshot = index.acquire()) {
      PaperPath path = PaperPath.resolve(snapshot.searcher(), ctx.pathParam("id"));
      Paper paper = path.paper();
      switch (path.view()) {
        case PAGE ->
            json(
                ctx,
                ApiJson.write(
                    TagsAndConcepts.add(
                        PaperJson.toNode(
                                paper, snapshot.searcher().autoTldr(paper.id()).orElse(null))
                            .put(
                                "hasVector",
                                snapshot.searcher().has(paper.id(), PaperPart.EMBEDDING)),
                        paper,
                        snapshot.searcher().autoTags(paper.id()))));
        case TEXT ->
            json(ctx, ApiJson.write(ApiJson.fullText(paper, path.text(snapshot.searcher()))));
        case SIMILAR -> json(ctx, ApiJson.write(ApiJson.similar(similar(ctx, snapshot, paper))));
        case TLDR ->
            json(
                ctx,
                ApiJson.write(
                    ApiJson.tldr(
                        paper,
                        snapshot.searcher().autoTldr(paper.id()).orElse(null),
                        tldrSource(ctx))));
        case SUMMARIES -> summaries.list(ctx, paper);
        default -> throw new NotFoundException("error.no-paper", ctx.pathParam("id"));
      }
    }
  }

  /** The {@code source} parameter of {@code /tldr}: author, auto, or null for the one shown. */
  private static String tldrSource(Context ctx) throws BadParameterException {
    String source = ctx.queryParam("source");
    if (source == null || source.isBlank()) {
      return null;
    }
    if (!source.equals("author") && !source.equals("auto")) {
      throw new BadParameterException("source", "param.tldr.source", source);
    }
    return source;
  }

  private static SimilarPapers similar(Context ctx, Snapshot snapshot, Paper paper)
      throws IOException, NotFoundException, BadParameterException {
    int limit =
        QueryParameters.integer(
            ctx.queryParamMap(), "limit", SimilarPapers.DEFAULT_LIMIT, 1, SimilarPapers.MAX_LIMIT);
    return snapshot
        .searcher()
        .similar(paper.id(), limit)
        .orElseThrow(() -> new NotFoundException("error.no-paper", paper.id()));
  }

  public void tags(Context ctx) throws IOException, BadParameterException {
    TagParams params = TagParams.parse(ctx.queryParamMap(), Integer.MAX_VALUE, Integer.MAX_VALUE);
    try (Snapshot snapshot = index.acquire()) {
      TagParams.Selection selection = params.select(snapshot.tags());
      ObjectNode page = SearchResultJson.tags(selection.tags(), snapshot.tagNames());
      page.put("total", selection.matching());
      json(ctx, ApiJson.write(page));
    }
  }

  public void author(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      AuthorPapers author =
          AuthorPapers.find(snapshot.searcher(), ctx.pathParam("name"), limits.maxExportSize());
      json(ctx, ApiJson.write(ApiJson.author(author)));
    }
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** {@code /api}: the OpenAPI document as a page. */
  public void page(Context ctx) {
    ApiPage page =
        pages.computeIfAbsent(messages.locale(), l -> ApiPage.of(openApiDocument(), messages));
    templates.answer(ctx, "api", page, messages);
  }

  /** The OpenAPI document served at {@code /api/v1/openapi.json}, parsed. */
  private JsonNode openApiDocument() {
    try {
      return PaperJson.mapper().readTree(openApi);
    } catch (IOException e) {
      throw new UncheckedIOException("web/openapi.json in the jar is not JSON", e);
    }
  }

  private static void json(Context ctx, String body) {
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
