package org.paperscope.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.paperscope.summaries.SummaryException;
import org.paperscope.summaries.SummaryInput;
import org.paperscope.web.api.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request's guards and failure answers: a request id, security headers, size limits, and
 * 400/404/405/413/500 as JSON under {@code /api/} and the exports, as pages elsewhere. A 500 is
 * logged in one line with its request id and answered with a generic body; nothing internal reaches
 * the client. Its stack trace is logged only the first time (see {@link FailureTraces}).
 *
 * <p>Thread-safe.
 */
final class HttpErrors {
  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
  static final String REQUEST_ID = "requestId";

  /** Set once an error answer is written, so the 404 fallback leaves it alone. */
  private static final String ANSWERED = "errorAnswered";

  /**
   * Scripts and styles only from this server, images also from https sites (summaries may show
   * them), no inline script or style, no framing, no plugins, forms only to this server.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
          + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /** Headers on every answer, PaperScope's own and Jetty's refusals ({@link JettyRefusals}). */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY");

  private final Templates templates;
  private final WebLimits limits;
  private final Messages messages;
  private final FailureTraces traces = new FailureTraces();

  /**
   * @param messages the words of the error pages and of the JSON errors' messages
   */
  HttpErrors(Templates templates, WebLimits limits, Messages messages) {
    this.templates = templates;
    this.limits = limits;
    this.messages = messages;
  }

  /** Registers the guards, exception handlers and the 404 fallback. */
  void register(JavalinConfig config) {
    config.routes.before(this::guard);
    config.routes.exception(BadParameterException.class, (e, ctx) -> badParameter(ctx, e));
    config.routes.exception(MalformedSearchException.class, (e, ctx) -> malformed(ctx, e));
    config.routes.exception(
        NotFoundException.class, (e, ctx) -> notFound(ctx, e.message(messages)));
    config.routes.exception(TooLargeException.class, (e, ctx) -> tooLarge(ctx, e));
    config.routes.exception(ForbiddenException.class, (e, ctx) -> forbidden(ctx, e));
    config.routes.exception(SummaryException.class, (e, ctx) -> refused(ctx, e));
    config.routes.exception(
        MethodNotAllowedException.class, (e, ctx) -> methodNotAllowed(ctx, e.allow()));
    config.routes.exception(Exception.class, this::internal);
    config.routes.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            notFound(ctx, messages.get("error.no-page", ctx.path()));
          }
        });
  }

  private void guard(Context ctx) throws TooLargeException {
    String id = newRequestId();
    ctx.attribute(REQUEST_ID, id);
    ctx.header("X-Request-Id", id);
    SECURITY_HEADERS.forEach(ctx::header);
    String query = ctx.queryString();
    if (query != null && query.length() > limits.maxQueryStringBytes()) {
      throw new TooLargeException("error.too-large.query", limits.maxQueryStringBytes());
    }
    if (ctx.req().getContentLengthLong() > limits.maxRequestBytes()) {
      throw new TooLargeException("error.too-large.body", limits.maxRequestBytes());
    }
  }

  /** A fresh request id: 16 hex digits. */
  static String newRequestId() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }

  private void badParameter(Context ctx, BadParameterException e) {
    respond(ctx, 400, "bad_request", e.field(), e.message(messages), "error.bad-request.title");
  }

  private void malformed(Context ctx, MalformedSearchException e) {
    // The query parser's own words, in English.
    respond(ctx, 400, "bad_request", e.field(), e.getMessage(), "error.bad-request.title");
  }

  private void notFound(Context ctx, String message) {
    respond(ctx, 404, "not_found", null, message, "error.not-found.title");
  }

  /** 405 for a method the path does not serve; {@code allow} lists those it serves. */
  void methodNotAllowed(Context ctx, String allow) {
    ctx.header("Allow", allow);
    respond(
        ctx,
        405,
        "method_not_allowed",
        null,
        messages.get("error.method", ctx.method()),
        "error.method.title");
  }

  private void forbidden(Context ctx, ForbiddenException e) {
    respond(ctx, 403, "forbidden", null, e.message(messages), "error.forbidden.title");
  }

  /** A summary operation refused by the rules (not by a form the page shows again). */
  private void refused(Context ctx, SummaryException e) {
    String message = messages.get(e.key(), SummaryInput.MAX_MARKDOWN_CHARS);
    switch (e.kind()) {
      case INVALID ->
          respond(ctx, 400, "bad_request", e.field(), message, "error.bad-request.title");
      case FORBIDDEN -> respond(ctx, 403, "forbidden", null, message, "error.forbidden.title");
      case NOT_FOUND -> respond(ctx, 404, "not_found", null, message, "error.not-found.title");
      case CONFLICT -> respond(ctx, 409, "conflict", e.field(), message, "error.conflict.title");
    }
  }

  private void tooLarge(Context ctx, TooLargeException e) {
    respond(
        ctx,
        413,
        "too_large",
        null,
        messages.get("error.too-large", e.message(messages)),
        "error.too-large.title");
  }

  private void internal(Exception e, Context ctx) {
    String id = ctx.attribute(REQUEST_ID);
    String failure = FailureTraces.describe(e);
    if (traces.firstTime(e)) {
      LOG.error("request {} {} {} failed: {}", id, ctx.method(), ctx.path(), failure, e);
    } else {
      LOG.error(
          "request {} {} {} failed: {} (stack trace only logged for the first 100 distinct failures)",
          id,
          ctx.method(),
          ctx.path(),
          failure);
    }
    String message = messages.get("error.internal", id);
    respond(ctx, 500, "internal_error", null, message, "error.internal.title");
  }

  /**
   * @param error the JSON error's code, e.g. {@code not_found}
   * @param field the parameter to blame, or {@code null}
   * @param message what happened, for people
   * @param heading the key of the error page's heading
   */
  private void respond(
      Context ctx, int status, String error, String field, String message, String heading) {
    ctx.status(status);
    ctx.attribute(ANSWERED, true);
    if (wantsJson(ctx)) {
      ctx.contentType("application/json")
          .result(ApiJson.write(ApiJson.error(error, field, message)));
    } else {
      ErrorPage page = ErrorPage.of(status, messages.get(heading), message);
      templates.answer(ctx, "error", page, messages);
    }
  }

  /** The API and the machine-readable exports answer errors in JSON. */
  private static boolean wantsJson(Context ctx) {
    return wantsJson(ctx.path());
  }

  /** Whether an error for this request path is answered in JSON. */
  static boolean wantsJson(String path) {
    return path.startsWith("/api/")
        || path.matches("/search\\.(json|csv|bib|ris|atom)")
        || path.endsWith(".bib")
        || path.endsWith(".ris");
  }
}
