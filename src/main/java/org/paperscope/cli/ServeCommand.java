package org.paperscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;
import org.paperscope.harvest.HarvestSource;
import org.paperscope.search.QueryLimits;
import org.paperscope.store.StoreLocation;
import org.paperscope.web.PaperScopeServer;
import org.paperscope.web.WebLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope serve}: the web UI and JSON API over the data directory's index, until Ctrl-C
 * (which lets requests in flight finish).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the web UI and the JSON API (/api/v1) over the index in --data.")
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Mixin ServerOptions server;

  @Option(
      names = "--harvest",
      paramLabel = "SOURCES",
      description =
          "Harvest these in the background, one at a time, e.g."
              + " \"arxiv:cs.LG,openreview:ICLR.cc/2025/Conference\"; status at /harvest.")
  String harvest;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      defaultValue = "24h",
      description = "How often to harvest (24h, 6h, 30m …). Default: ${DEFAULT-VALUE}.")
  String every;

  @Override
  public Integer call() throws Exception {
    HarvestScheduler scheduler = null;
    if (harvest != null && !harvest.isBlank()) {
      List<HarvestSource> sources;
      try {
        sources = HarvestSource.parseList(harvest);
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--harvest: " + e.getMessage());
      }
      scheduler = new HarvestScheduler(sources, common.dataDir, common.db, List.of());
      scheduler.start(HarvestScheduler.every(every));
    }
    try {
      serve(common.dataDir, common.store(), server.host, server.port, spec.commandLine().getOut());
    } finally {
      if (scheduler != null) {
        scheduler.close();
      }
    }
    return 0;
  }

  /**
   * Serves {@code dataDir} on {@code host:port}, prints the URL, and blocks until the JVM shuts
   * down (Ctrl-C, SIGTERM), then stops gracefully.
   *
   * @throws IOException when there is no index or the port cannot be bound
   */
  static void serve(Path dataDir, StoreLocation db, String host, int port, PrintWriter out)
      throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CliErrors.UsageException("--port must be between 0 and 65535");
    }
    quietServerLogs();
    PaperScopeServer server =
        PaperScopeServer.open(
            dataDir, db, WebLimits.DEFAULTS, QueryLimits.DEFAULTS, RandomGenerator.getDefault());
    int bound;
    try {
      bound = server.start(host, port);
    } catch (RuntimeException e) {
      server.stop();
      throw new IOException(
          "cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); try another --port",
          e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, stopped), "paperscope-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        Locale.ROOT,
        "PaperScope is serving %s at http://%s:%d/  (Ctrl-C to stop)%n",
        dataDir,
        shown,
        bound);
    out.flush();
    stopped.await();
  }

  private static void stop(PaperScopeServer server, CountDownLatch stopped) {
    try {
      server.stop();
    } catch (IOException e) {
      System.err.println("paperscope serve: closing the index failed: " + e.getMessage());
    } finally {
      stopped.countDown();
    }
  }

  /** Jetty and Javalin log every start step at INFO; keep their warnings, unless set otherwise. */
  private static void quietServerLogs() {
    for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
