package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.paperscope.search.PaperSearch;

/**
 * Opens the index a search regression evaluates. The CLI supplies it: building an index means
 * ingesting, which is wired there.
 */
public interface SearchIndexes {
  /**
   * Opens the index of {@code corpus} (as a config names it, e.g. {@code demo}), building it first
   * when needed; the caller closes it.
   *
   * @throws IOException when the index cannot be built or opened
   */
  PaperSearch open(String corpus) throws IOException;

  /**
   * Where evaluations cache what they compute from a corpus (document vectors by text hash), so a
   * rerun computes nothing again.
   *
   * @throws IOException when the directory cannot be made
   */
  Path cacheDir() throws IOException;
}
