package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Runs regression configs: checks that a config's inputs are there, has its {@link Regression}
 * measure them and pairs each pinned metric with its measured value. Thread-safe if its {@link
 * SearchIndexes} is.
 */
public final class RegressionRunner {
  private final Path sharedDir;
  private final SearchIndexes indexes;

  /**
   * @param sharedDir the directory configs' corpus paths are relative to, e.g. ../shared/data
   * @param indexes opens the index of a search config
   */
  public RegressionRunner(Path sharedDir, SearchIndexes indexes) {
    this.sharedDir = sharedDir;
    this.indexes = indexes;
  }

  /**
   * Runs {@code config}; its metrics may be outside their tolerance ({@link
   * RegressionReport#passed}).
   *
   * @throws NoSuchFileException naming the first of the config's inputs that is missing
   * @throws IOException when the evaluation fails
   */
  public RegressionReport run(RegressionConfig config) throws IOException {
    for (Path input : config.regression().inputs(config, sharedDir)) {
      if (!Files.exists(input)) {
        throw new NoSuchFileException(
            input.toString(),
            null,
            "not found (corpus of "
                + config.name()
                + ", under the shared data directory "
                + sharedDir
                + ")");
      }
    }
    return RegressionReport.of(config, config.regression().measure(config, sharedDir, indexes));
  }
}
