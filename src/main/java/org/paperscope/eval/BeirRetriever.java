package org.paperscope.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * A ranking system under BEIR evaluation, already holding its corpus. Implementations say in their
 * Javadoc whether {@link #retrieve} may be called from several threads.
 */
public interface BeirRetriever extends Closeable {

  /**
   * Ranks the corpus for every query.
   *
   * @param queries query id to query text
   * @param depth the most hits to return per query, positive
   * @return a run with an entry for every query id in {@code queries} (possibly with no hits)
   * @throws IOException when the underlying index cannot be read
   */
  Run retrieve(Map<String, String> queries, int depth) throws IOException;
}
