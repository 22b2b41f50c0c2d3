package org.paperscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperscope.data.DataDir;
import org.paperscope.store.StoreLocation;
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

  @Option(
      names = "--db",
      paramLabel = "URL",
      defaultValue = "${env:PAPERSCOPE_DB}",
      description =
          "Database of user content (accounts, summaries): postgresql://user:password@host:port/name,"
              + " or sqlite:FILE. Default: DIR/paperscope.db (SQLite); or $PAPERSCOPE_DB.")
  String db;

  /**
   * Where the database of user content is: {@code --db}, else the data directory's SQLite file.
   *
   * @throws CliErrors.UsageException naming what is wrong with {@code --db}
   */
  StoreLocation store() {
    try {
      return StoreLocation.parse(db, DataDir.of(dataDir).database());
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(e.getMessage());
    }
  }

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
