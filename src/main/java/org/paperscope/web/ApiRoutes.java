package org.paperscope.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

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

  void paper(Context ctx) throws IOException, NotFoundException {
    String id = ctx.pathParam("id");
    try (Snapshot snapshot = index.acquire()) {
      Paper paper =
          snapshot
              .searcher()
              .paper(id)
              .orElseThrow(() -> new NotFoundException("No paper with id " + id + "."));
      json(ctx, PaperJson.toJson(paper));
    }
  }

  void tags(Context ctx) throws IOException, BadParameterException {
    boolean byName = tagsByName(ctx);
    int offset = SearchParams.integer(ctx.queryParamMap(), "offset", 0, 0, Integer.MAX_VALUE);
    int limit =
        SearchParams.integer(ctx.queryParamMap(), "limit", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    try (Snapshot snapshot = index.acquire()) {
      List<Map.Entry<String, Long>> tags = sortedTags(snapshot, byName);
      int from = Math.min(offset, tags.size());
      int to = (int) Math.min((long) from + limit, tags.size());
      ObjectNode page = ApiJson.tags(tags.subList(from, to));
      page.put("total", tags.size());
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

  /**
   * Reads {@code sort} of the tag list: {@code count} (default) or {@code name}.
   *
   * @throws BadParameterException for any other value
   */
  static boolean tagsByName(Context ctx) throws BadParameterException {
    String sort = ctx.queryParam("sort");
    if (sort == null || sort.isBlank() || sort.equals("count")) {
      return false;
    }
    if (sort.equals("name")) {
      return true;
    }
    throw new BadParameterException("sort", "unknown sort '" + sort + "'; use count or name");
  }

  /** Every tag with its count, by count (then name) or by name. */
  static List<Map.Entry<String, Long>> sortedTags(Snapshot snapshot, boolean byName) {
    List<Map.Entry<String, Long>> tags = new ArrayList<>(snapshot.tags().entrySet());
    if (byName) {
      tags.sort(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s)));
    }
    return tags;
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
