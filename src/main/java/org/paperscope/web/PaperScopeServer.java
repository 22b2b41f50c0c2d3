package org.paperscope.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.paperscope.search.QueryLimits;
import org.paperscope.web.api.ApiRoutes;
import org.paperscope.web.browse.BrowseRoutes;
import org.paperscope.web.concepts.ConceptRoutes;
import org.paperscope.web.export.ExportRoutes;
import org.paperscope.web.paper.PaperRoutes;
import org.paperscope.web.search.SearchRoutes;

/**
 * The web UI and JSON API over one data directory's index, on Javalin (Jetty 12). The index is
 * reopened when an ingest commits a new generation. {@link #stop} lets requests in flight finish
 * (up to {@link #STOP_TIMEOUT_MILLIS}) before closing the index.
 *
 * <p>Thread-safe; start it once.
 */
public final class PaperScopeServer implements AutoCloseable {
  /** How long {@link #stop} waits for requests in flight. */
  static final long STOP_TIMEOUT_MILLIS = 10_000;

  /**
   * Jetty's limit on the request line and headers; above {@link WebLimits#maxQueryStringBytes} so
   * an oversized query string gets PaperScope's 413 rather than Jetty's bare 414.
   */
  private static final int MAX_HEADER_BYTES = 32 * 1024;

  /** Methods that every route refuses: nothing here changes state. */
  private static final List<HandlerType> WRITE_METHODS =
      List.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  private final LiveIndex index;
  private final Glossaries glossaries;
  private final Javalin app;

  private PaperScopeServer(LiveIndex index, WebLimits limits, RandomGenerator random) {
    this.index = index;
    Templates templates = new Templates();
    // One language for now; a per-request choice (Accept-Language) would pick it here.
    Messages messages = Messages.ENGLISH;
    BrowseRoutes browse = new BrowseRoutes(index, templates, limits, random, messages);
    this.glossaries = new Glossaries(index);
    SearchRoutes search = new SearchRoutes(index, glossaries, templates, limits, messages);
    PaperRoutes papers = new PaperRoutes(index, glossaries, templates, messages);
    ExportRoutes exports = new ExportRoutes(index, limits, messages);
    ApiRoutes api = new ApiRoutes(index, limits, templates, messages);
    ConceptRoutes concepts =
        new ConceptRoutes(index, glossaries, templates, messages, Clock.systemUTC());
    StaticAssets assets = new StaticAssets();
    HttpErrors errors = new HttpErrors(templates, limits, messages);
    this.app =
        Javalin.create(
            config -> {
              configure(config, limits, templates, messages);
              errors.register(config);
              get(config, errors, "/", browse::home);
              get(config, errors, "/search", search::search);
              get(config, errors, "/search.bib", exports::bib);
              get(config, errors, "/search.ris", exports::ris);
              get(config, errors, "/search.csv", exports::csv);
              get(config, errors, "/search.json", exports::json);
              get(config, errors, "/search.atom", exports::atom);
              get(config, errors, "/papers/<id>", papers::paper);
              get(config, errors, "/authors/<name>", browse::author);
              get(config, errors, "/tags", browse::tags);
              get(config, errors, "/concepts", concepts::list);
              get(config, errors, "/concepts/today", concepts::today);
              get(config, errors, "/concepts/feed.atom", concepts::feed);
              get(config, errors, "/concepts/<name>", concepts::concept);
              get(config, errors, "/api", api::page);
              get(config, errors, "/static/<file>", ctx -> asset(ctx, assets));
              get(config, errors, "/opensearch.xml", ctx -> openSearch(ctx, messages));
              get(config, errors, "/api/v1/search", api::search);
              get(config, errors, "/api/v1/papers/<id>", api::paper);
              get(config, errors, "/api/v1/tags", api::tags);
              get(config, errors, "/api/v1/authors/<name>", api::author);
              get(config, errors, "/api/v1/concepts", concepts::apiList);
              get(config, errors, "/api/v1/concepts/<name>", concepts::apiConcept);
              get(config, errors, "/api/v1/openapi.json", api::openApi);
            });
  }

  /**
   * Opens the index under {@code dataDir} with the default limits; {@link #start} serves it.
   *
   * @throws IOException when there is no index there (the message says to ingest first)
   */
  public static PaperScopeServer open(Path dataDir) throws IOException {
    return open(dataDir, WebLimits.DEFAULTS, QueryLimits.DEFAULTS, RandomGenerator.getDefault());
  }

  /**
   * Opens the index with the given limits; {@code random} picks the home page's tag suggestions.
   *
   * @throws IOException when there is no index there (the message says to ingest first)
   */
  public static PaperScopeServer open(
      Path dataDir, WebLimits limits, QueryLimits queryLimits, RandomGenerator random)
      throws IOException {
    return new PaperScopeServer(LiveIndex.open(dataDir, queryLimits), limits, random);
  }

  /**
   * Starts serving.
   *
   * @param host the interface to listen on, e.g. 127.0.0.1
   * @param port the port, or 0 for any free one
   * @return the port bound
   */
  public int start(String host, int port) {
    app.start(host, port);
    try (Snapshot snapshot = index.acquire()) {
      glossaries.ready(snapshot); // starts the glossary's first build in the background
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return app.port();
  }

  /** Stops accepting requests, waits for those in flight, then closes the index. */
  public void stop() throws IOException {
    try {
      app.stop();
    } finally {
      glossaries.close();
      index.close();
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }

  private static void configure(
      JavalinConfig config, WebLimits limits, Templates templates, Messages messages) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = limits.maxRequestBytes();
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(MAX_HEADER_BYTES);
          http.setSendServerVersion(false);
          // Links encode "/" inside an id or name as %2F (SearchLinks.pathSegment); the stricter
          // modes reject it as ambiguous. Javalin sets the same; this says we depend on it.
          http.setUriCompliance(UriCompliance.LEGACY);
        });
    config.jetty.modifyServer(
        server -> {
          // Javalin nests its handler inside this one; Jetty then drains requests in flight on
          // stop.
          server.setHandler(new GracefulHandler());
          server.setStopTimeout(STOP_TIMEOUT_MILLIS);
          server.setErrorHandler(new JettyRefusals(templates, messages, MAX_HEADER_BYTES));
        });
  }

  /**
   * Serves {@code path} for GET and HEAD (the same answer without its body); POST, PUT, DELETE and
   * PATCH get 405 with {@code Allow: GET, HEAD}.
   */
  private static void get(JavalinConfig config, HttpErrors errors, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
    for (HandlerType method : WRITE_METHODS) {
      config.routes.addHttpHandler(method, path, errors::methodNotAllowed);
    }
  }

  private static void openSearch(Context ctx, Messages messages) {
    ctx.contentType(OpenSearchDescription.MEDIA_TYPE)
        .result(OpenSearchDescription.write(ExportRoutes.baseUrl(ctx), messages));
  }

  private static void asset(Context ctx, StaticAssets assets) throws NotFoundException {
    StaticAssets.Asset asset =
        assets.get(ctx.pathParam("file")).orElseThrow(() -> new NotFoundException("error.no-file"));
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.header("ETag", asset.etag());
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.mediaType()).result(asset.bytes());
  }
}
