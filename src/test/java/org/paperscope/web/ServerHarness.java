package org.paperscope.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.paperscope.search.QueryLimits;

/** A server on a free port over a test corpus, with a client pointed at it. */
final class ServerHarness implements AutoCloseable {
  final PaperScopeServer server;
  final WebClient client;
  final int port;

  private ServerHarness(PaperScopeServer server, int port) {
    this.server = server;
    this.port = port;
    this.client = new WebClient(port);
  }

  /** Writes {@link TestCorpus} into {@code dataDir} and serves it on 127.0.0.1, any free port. */
  static ServerHarness start(Path dataDir) throws IOException {
    TestCorpus.write(dataDir);
    return serve(dataDir);
  }

  /** Serves an existing index, seeded so the home page's suggestions repeat. */
  static ServerHarness serve(Path dataDir) throws IOException {
    PaperScopeServer server =
        PaperScopeServer.open(
            dataDir, WebLimits.DEFAULTS, QueryLimits.DEFAULTS, new SplittableRandom(42));
    return new ServerHarness(server, server.start("127.0.0.1", 0));
  }

  @Override
  public void close() throws IOException {
    server.stop();
  }
}
