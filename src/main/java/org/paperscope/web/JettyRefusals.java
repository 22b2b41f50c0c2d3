package org.paperscope.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.paperscope.web.api.ApiJson;

/**
 * Answers the requests Jetty refuses before any route runs (a malformed URI: 400, a request line
 * over the header limit: 414, headers over it: 431) as PaperScope answers its own errors: the
 * security headers and a request id, UTF-8, the JSON error under {@code /api/} and the exports, the
 * error page elsewhere. Jetty's message is not echoed; it may quote the request.
 *
 * <p>Thread-safe.
 */
final class JettyRefusals extends ErrorHandler {
  private final Templates templates;
  private final Messages messages;
  private final int maxHeaderBytes;

  /**
   * @param messages the words of the error pages and of the JSON errors' messages
   * @param maxHeaderBytes Jetty's limit on the request line and headers, named in the messages
   */
  JettyRefusals(Templates templates, Messages messages, int maxHeaderBytes) {
    this.templates = templates;
    this.messages = messages;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  /** What a refusal says, by status. */
  private record Refusal(String error, String heading, String message) {}

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // every method gets the same answer; HEAD has its body dropped by Jetty
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb) {
    Refusal refusal = refusal(code);
    HttpErrors.SECURITY_HEADERS.forEach(response.getHeaders()::put);
    response.getHeaders().put("X-Request-Id", HttpErrors.newRequestId());
    String body;
    if (HttpErrors.wantsJson(path(request))) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      body = ApiJson.write(ApiJson.error(refusal.error(), null, refusal.message()));
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      body =
          templates.render(
              "error", ErrorPage.of(code, refusal.heading(), refusal.message()), messages);
    }
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), cb);
  }

  private Refusal refusal(int code) {
    int limitKib = maxHeaderBytes / 1024;
    String badRequest = messages.get("error.bad-request.title");
    String tooLarge = messages.get("error.too-large.title");
    return switch (code) {
      case HttpStatus.BAD_REQUEST_400 ->
          new Refusal("bad_request", badRequest, messages.get("error.refused.unreadable"));
      case HttpStatus.URI_TOO_LONG_414 ->
          new Refusal("too_large", tooLarge, messages.get("error.refused.uri", limitKib));
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
          new Refusal("too_large", tooLarge, messages.get("error.refused.headers", limitKib));
      default ->
          code >= 500
              ? new Refusal(
                  "internal_error",
                  messages.get("error.internal.title"),
                  messages.get("error.refused.failed"))
              // Jetty's reason phrase, in English.
              : new Refusal(
                  "bad_request",
                  badRequest,
                  messages.get("error.refused.other", HttpStatus.getMessage(code)));
    };
  }

  /**
   * The request's path, or Jetty's placeholder {@code /badMessage} when its parser refused the
   * request line itself (a malformed or over-long URI): then no path or header is known and the
   * answer is the page, whatever the path was.
   */
  private static String path(Request request) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    return path == null ? "" : path;
  }
}
