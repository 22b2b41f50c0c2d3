package org.paperscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperscope.data.DataDir;
import picocli.CommandLine.Option;

/** Options every command has: the data directory and {@code --verbose}. */
final class CommonOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "paperscope-data",
      description = "Data directory (index, caches, database). Default: ${DEFAULT-VALUE}.")
  Path dataDir;

  @Option(names = "--verbose", description = "On failure, print the full stack trace.")
  boolean verbose;

  /**
   * The data directory, which must hold an index.
   *
   * @throws IOException saying to ingest first when it holds none
   */
  DataDir withIndex() throws IOException {
    DataDir data = DataDir.of(dataDir);
    if (!Files.isDirectory(data.index())) {
      throw new IOException("no index in " + dataDir + "; run 'paperscope ingest' first");
    }
    return data;
  }
}
