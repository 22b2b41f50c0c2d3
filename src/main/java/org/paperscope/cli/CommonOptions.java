package org.paperscope.cli;

import java.nio.file.Path;
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
}
