package org.paperscope.ingest;

import java.nio.file.Path;

/** Where the shared third-party data lives (see shared/data/DATA_INDEX.md). */
final class SharedData {
  private SharedData() {}

  /** Resolves {@code relative} under the shared data directory. */
  static Path file(String relative) {
    return Path.of(System.getProperty("paperscope.shared.data", "../shared/data"))
        .resolve(relative);
  }
}
