package org.paperscope.eval;

import java.io.IOException;
import org.paperscope.search.PaperSearch;

/**
 * Opens the index a search regression evaluates. The CLI supplies it: building an index means
 * ingesting, which is wired there.
 */
@FunctionalInterface
public interface SearchIndexes {
  /**
   * Opens the index of {@code corpus} (as a config names it, e.g. {@code demo}), building it first
   * when needed; the caller closes it.
   *
   * @throws IOException when the index cannot be built or opened
   */
  PaperSearch open(String corpus) throws IOException;
}
