package org.paperscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
import org.paperscope.eval.SearchIndexes;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

/**
 * The index a search regression evaluates ({@code corpus: {index: demo}}), built as {@code
 * paperscope demo --no-serve} builds it, into the data directory given or a temporary one deleted
 * on {@link #close}. The demo's own fingerprint turns a directory that already holds the demo
 * corpus into a reuse, not a second ingest. The demo's output goes to {@code log}, so that stdout
 * keeps only the tables. Not thread-safe.
 */
final class DemoIndexes implements SearchIndexes, AutoCloseable {
  private final Path dataDir;
  private final Path sharedDir;
  private final PrintWriter log;
  private Path temporary;

  /**
   * @param dataDir where to build the index, or null for a temporary directory
   * @param sharedDir the shared data directory the demo reads
   */
  DemoIndexes(Path dataDir, Path sharedDir, PrintWriter log) {
    this.dataDir = dataDir;
    this.sharedDir = sharedDir;
    this.log = log;
  }

  @Override
  public PaperSearch open(String corpus) throws IOException {
    Path dir = dataDir();
    String[] demo = {
      "demo", "--no-serve", "--data", dir.toString(), "--shared", sharedDir.toString()
    };
    int code = PaperScopeCommand.execute(demo, log, log);
    if (code != 0) {
      throw new IOException(
          "building the demo index in " + dir + " failed: paperscope demo exited with " + code);
    }
    return SearchBackend.openConfigured(DataDir.of(dir), QueryLimits.DEFAULTS);
  }

  @Override
  public Path cacheDir() throws IOException {
    return DataDir.of(dataDir()).cache();
  }

  private Path dataDir() throws IOException {
    if (dataDir != null) {
      return dataDir;
    }
    if (temporary == null) {
      temporary = Files.createTempDirectory("paperscope-eval-");
    }
    return temporary;
  }

  /** Deletes the temporary directory, if one was made. */
  @Override
  public void close() throws IOException {
    if (temporary == null) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(temporary)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}
