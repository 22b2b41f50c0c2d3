package org.paperscope.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.paperscope.accounts.Accounts;
import org.paperscope.data.DataDir;
import org.paperscope.harvest.HarvestStatus;
import org.paperscope.search.QueryLimits;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.summaries.Summaries;
import org.paperscope.summaries.SummaryVotes;
import org.paperscope.web.accounts.AccountRoutes;
import org.paperscope.web.accounts.Sessions;
import org.paperscope.web.api.ApiRoutes;
import org.paperscope.web.browse.BrowseRoutes;
import org.paperscope.web.concepts.ConceptRoutes;
import org.paperscope.web.export.ExportRoutes;
import org.paperscope.web.paper.PaperRoutes;
import org.paperscope.web.search.SearchRoutes;
import org.paperscope.web.summaries.SummaryActions;
import org.paperscope.web.summaries.SummaryApi;
import org.paperscope.web.summaries.SummaryBoard;
import org.paperscope.web.summaries.SummaryEditing;
import org.paperscope.web.summaries.SummaryPages;

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

  private final LiveIndex index;
  private final Store store;
  private final SummaryIndexer indexer;
  private final Glossaries glossaries;
  private final Javalin app;

  private PaperScopeServer(
      LiveIndex index,
      Store store,
      SummaryIndexer indexer,
      WebLimits limits,
      RandomGenerator random) {
    this.index = index;
    this.store = store;
    this.indexer = indexer;
    Clock clock = Clock.systemUTC();
    Accounts accounts = new Accounts(store, clock);
    Sessions sessions = new Sessions(accounts);
    Templates templates = new Templates();
    // Every page and route holds these words; ReaderLanguage sets their language per request.
    Messages messages = Messages.requestScoped();
    ReaderLanguage language = new ReaderLanguage(messages, accounts);
    Summaries summaryStore = new Summaries(store, clock);
    BrowseRoutes browse =
        new BrowseRoutes(
            index,
            templates,
            limits,
            random,
            messages,
            summaryStore,
            new HarvestStatus(index.dataDir().resolve("harvest")));
    this.glossaries = new Glossaries(index);
    SearchRoutes search = new SearchRoutes(index, glossaries, templates, limits, messages);
    SummaryBoard board =
        new SummaryBoard(
            index, summaryStore, new SummaryVotes(store, summaryStore, clock), templates, messages);
    SummaryEditing editing = new SummaryEditing(board);
    SummaryPages summaryPages = new SummaryPages(board);
    SummaryActions actions = new SummaryActions(board);
    SummaryApi summaryApi = new SummaryApi(board);
    PaperRoutes papers = new PaperRoutes(index, glossaries, templates, messages, board);
    ExportRoutes exports = new ExportRoutes(index, limits, messages);
    ApiRoutes api = new ApiRoutes(index, limits, templates, messages, summaryApi);
    ConceptRoutes concepts = new ConceptRoutes(index, glossaries, templates, messages, clock);
    StaticAssets assets = new StaticAssets();
    HttpErrors errors = new HttpErrors(templates, limits, messages);
    AccountRoutes accountRoutes = new AccountRoutes(accounts, sessions, templates, messages, clock);
    RouteTable routes = new RouteTable();
    routes
        .onGet("/", browse::home)
        .onGet("/search", search::search)
        .onGet("/search.bib", exports::bib)
        .onGet("/search.ris", exports::ris)
        .onGet("/search.csv", exports::csv)
        .onGet("/search.json", exports::json)
        .onGet("/search.atom", exports::atom)
        .onGet("/papers/<id>", papers::paper)
        .onGet("/authors/<name>", browse::author)
        .onGet("/tags", browse::tags)
        .onGet("/harvest", browse::harvest)
        .onGet("/concepts", concepts::list)
        .onGet("/concepts/today", concepts::today)
        .onGet("/concepts/feed.atom", concepts::feed)
        .onGet("/concepts/<name>", concepts::concept)
        .onGet("/api", api::page)
        .onGet("/static/<file>", ctx -> asset(ctx, assets))
        .onGet("/opensearch.xml", ctx -> openSearch(ctx, messages))
        .onGet("/api/v1/search", api::search)
        .onGet("/api/v1/papers/<id>", api::paper)
        .onGet("/api/v1/tags", api::tags)
        .onGet("/api/v1/authors/<name>", api::author)
        .onGet("/api/v1/concepts", concepts::apiList)
        .onGet("/api/v1/concepts/<name>", concepts::apiConcept)
        .onGet("/api/v1/openapi.json", api::openApi);
    routes
        .onGet("/login", accountRoutes::loginForm)
        .onPost("/login", accountRoutes::login)
        .onGet("/register", accountRoutes::registerForm)
        .onPost("/register", accountRoutes::register)
        .onPost("/logout", accountRoutes::logout)
        .onGet("/account", accountRoutes::account)
        .onPost("/account/tokens", accountRoutes::createToken)
        .onPost("/language", language::choose);
    routes
        .onGet("/summaries/new", editing::newForm)
        .onPost("/summaries", editing::create)
        .onPost("/summaries/preview", editing::preview)
        .onGet("/summaries/feed.atom", summaryPages::feed)
        .onGet("/summaries/{sid}", summaryPages::show)
        .onGet("/summaries/{sid}/edit", editing::editForm)
        .onPost("/summaries/{sid}/edit", editing::edit)
        .onPost("/summaries/{sid}/delete", editing::delete)
        .onPost("/summaries/{sid}/vote", actions::vote)
        .onPost("/summaries/{sid}/report", actions::report)
        .onPost("/summaries/{sid}/hide", actions::hide)
        .onGet("/summaries/{sid}/revisions", summaryPages::revisions)
        .onGet("/moderation", summaryPages::moderation)
        .onPost("/api/v1/papers/<id>", summaryApi::create)
        .onGet("/api/v1/summaries/{sid}", summaryApi::get)
        .onPut("/api/v1/summaries/{sid}", summaryApi::put)
        .onDelete("/api/v1/summaries/{sid}", summaryApi::delete);
    this.app =
        Javalin.create(
            config -> {
              configure(config, limits, templates, messages);
              errors.register(config);
              config.routes.before(sessions::identify);
              config.routes.before(language::begin);
              config.routes.after(language::end);
              routes.install(config, errors);
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
    return open(
        dataDir, StoreLocation.sqlite(DataDir.of(dataDir).database()), limits, queryLimits, random);
  }

  /**
   * Opens the index under {@code dataDir} and the store at {@code db}.
   *
   * @throws IOException when there is no index there (the message says to ingest first)
   * @throws org.paperscope.store.StoreException when the database cannot be opened or migrated
   */
  public static PaperScopeServer open(
      Path dataDir,
      StoreLocation db,
      WebLimits limits,
      QueryLimits queryLimits,
      RandomGenerator random)
      throws IOException {
    LiveIndex index = LiveIndex.open(dataDir, queryLimits);
    Store store;
    try {
      store = Store.open(db);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return new PaperScopeServer(
        index, store, new SummaryIndexer(dataDir, store, db), limits, random);
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
    indexer.start();
    return app.port();
  }

  /** Stops accepting requests, waits for those in flight, then closes the index. */
  public void stop() throws IOException {
    try {
      app.stop();
    } finally {
      indexer.close();
      glossaries.close();
      try {
        index.close();
      } finally {
        store.close();
      }
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
