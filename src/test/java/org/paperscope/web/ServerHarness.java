package org.paperscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.paperscope.search.QueryLimits;

/**
 * A server on a free port of 127.0.0.1 over a test corpus, with a client pointed at it.
 *
 * <p>As a JUnit extension, one per test class:
 *
 * <pre>{@code
 * @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);
 * }</pre>
 *
 * writes the corpus into a fresh temporary data directory and starts the server before the class's
 * {@code @BeforeAll} methods; it stops the server and deletes the directory after its
 * {@code @AfterAll} methods. {@link #client} is set once started. {@link #serve} starts one
 * directly, for a test that controls the server's life itself.
 */
public final class ServerHarness implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  /** Writes a test corpus into an empty data directory. */
  @FunctionalInterface
  public interface Corpus {
    void write(Path dataDir) throws IOException;
  }

  private final Corpus corpus;
  private Path dataDir;
  private PaperScopeServer server;

  /** A client of the running server; null until it starts. */
  public WebClient client;

  private ServerHarness(Corpus corpus) {
    this.corpus = corpus;
  }

  /** The extension serving what {@code corpus} writes. */
  public static ServerHarness over(Corpus corpus) {
    return new ServerHarness(corpus);
  }

  /** Serves an existing index, seeded so the home page's suggestions repeat; the caller closes. */
  public static ServerHarness serve(Path dataDir) throws IOException {
    ServerHarness harness = new ServerHarness(dir -> {});
    harness.start(dataDir);
    return harness;
  }

  private void start(Path dataDir) throws IOException {
    server =
        PaperScopeServer.open(
            dataDir, WebLimits.DEFAULTS, QueryLimits.DEFAULTS, new SplittableRandom(42));
    client = new WebClient(server.start("127.0.0.1", 0));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dataDir = Files.createTempDirectory("paperscope-web-");
    corpus.write(dataDir);
    start(dataDir);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      close();
    } finally {
      deleteDataDir();
    }
  }

  /** The data directory served; null until started by the extension. */
  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server, if it started. */
  @Override
  public void close() throws IOException {
    if (server != null) {
      server.stop();
    }
  }

  private void deleteDataDir() throws IOException {
    if (dataDir == null) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}
