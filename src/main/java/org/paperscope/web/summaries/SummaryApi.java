package org.paperscope.web.summaries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import org.paperscope.i18n.TextLanguages;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryException;
import org.paperscope.summaries.SummaryInput;
import org.paperscope.summaries.SummaryOrder;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.MethodNotAllowedException;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Viewer;
import org.paperscope.web.accounts.Sessions;
import org.paperscope.web.api.ApiJson;
import org.paperscope.web.paper.PaperPath;

/**
 * The summaries API, with the rules of the pages: {@code GET/POST /api/v1/papers/{id}/summaries},
 * {@code GET/PUT/DELETE /api/v1/summaries/{sid}}. Writes need an API token ({@code Authorization:
 * Bearer ps_…}) or a session with its CSRF secret in {@code X-CSRF-Token}. Bodies are JSON: {@code
 * {"markdown","language","draft"}}, and for PUT the {@code "version"} the edit started from; a
 * stale version answers 409 with the summary as it is now.
 *
 * <p>Thread-safe.
 */
public final class SummaryApi {
  private final SummaryBoard board;

  public SummaryApi(SummaryBoard board) {
    this.board = board;
  }

  /**
   * {@code GET /api/v1/papers/{id}/summaries?sort=votes|date&lang=ar}: with {@code lang}, the
   * summaries in that language, or, when it has none, those in the other languages with {@code
   * "fallback": true}; without, all of them.
   */
  public void list(Context ctx, Paper paper) {
    SummaryOrder order = SummaryOrder.of(ctx.queryParam("sort"));
    List<Summary> all = board.summaries.forPaper(paper.id(), Viewer.of(ctx).user(), order);
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isBlank()) {
      json(ctx, SummaryJson.list(paper.id(), all, null, false));
      return;
    }
    String wanted = TextLanguages.primary(lang.strip().replace('_', '-'));
    List<Summary> matching = SummaryLanguages.matching(all, wanted);
    boolean fallback = matching.isEmpty();
    json(ctx, SummaryJson.list(paper.id(), fallback ? all : matching, wanted, fallback));
  }

  /** {@code POST /api/v1/papers/{id}/summaries}: 201 with the new summary. */
  public void create(Context ctx)
      throws IOException,
          NotFoundException,
          ForbiddenException,
          BadParameterException,
          SummaryException,
          MethodNotAllowedException {
    Paper paper;
    try (Snapshot snapshot = board.index.acquire()) {
      PaperPath path = PaperPath.resolve(snapshot.searcher(), ctx.pathParam("id"));
      if (path.view() != PaperPath.View.SUMMARIES) {
        // The paper and its other views are read-only.
        throw new MethodNotAllowedException("GET, HEAD");
      }
      paper = path.paper();
    }
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    JsonNode body = body(ctx);
    Summary saved = board.summaries.create(paper.id(), viewer.user(), input(body));
    ctx.status(HttpStatus.CREATED);
    ctx.header("Location", "/api/v1" + SummaryLinks.summary(saved.id()));
    json(ctx, SummaryJson.of(saved));
  }

  /** {@code GET /api/v1/summaries/{sid}}. */
  public void get(Context ctx) throws NotFoundException {
    json(ctx, SummaryJson.of(board.summary(ctx)));
  }

  /** {@code PUT /api/v1/summaries/{sid}}: the edit, or 409 with the summary as it is now. */
  public void put(Context ctx)
      throws NotFoundException, ForbiddenException, BadParameterException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = board.summary(ctx);
    JsonNode body = body(ctx);
    JsonNode version = body.path("version");
    if (!version.isIntegralNumber() || !version.canConvertToInt()) {
      throw new BadParameterException("version", "error.summary.version");
    }
    try {
      json(
          ctx,
          SummaryJson.of(
              board.summaries.update(summary.id(), viewer.user(), version.asInt(), input(body))));
    } catch (SummaryException e) {
      if (e.kind() != SummaryException.Kind.CONFLICT) {
        throw e;
      }
      ObjectNode conflict = ApiJson.error("conflict", "version", e.getMessage());
      conflict.set("current", SummaryJson.of(e.current()));
      ctx.status(HttpStatus.CONFLICT);
      json(ctx, conflict);
    }
  }

  /** {@code DELETE /api/v1/summaries/{sid}}: 204. */
  public void delete(Context ctx) throws NotFoundException, ForbiddenException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    board.summaries.delete(board.summary(ctx).id(), viewer.user());
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private static SummaryInput input(JsonNode body) {
    return new SummaryInput(
        text(body, "markdown"), text(body, "language"), body.path("draft").asBoolean(false));
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static JsonNode body(Context ctx) throws BadParameterException {
    try {
      JsonNode body = PaperJson.mapper().readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new BadParameterException("body", "error.summary.body");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new BadParameterException("body", "error.summary.body");
    }
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json").result(ApiJson.write(node));
  }
}
