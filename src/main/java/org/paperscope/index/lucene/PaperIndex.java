package org.paperscope.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** Where the index lives in a data directory, and the settings reader and writer must share. */
public final class PaperIndex {
  /**
   * BM25 parameters of the default ranking: Lucene's k1 1.2 and b 0.75 scored best on SciFact train
   * of the values tried (nDCG@10 0.6846, against 0.6839 for 0.9/0.6 and 0.6845 for 1.2/0.4 and
   * 0.6829 for 0.9/0.4; docs/evaluation.md).
   */
  private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.75f);

  /**
   * Version of the index layout (fields and their analysis), stored with every commit. 1: indexes
   * written before versions were recorded; 2: the exact shadows of full text and references hold
   * word pairs of common words; 3: KStem instead of Porter, accents folded, title keys, author name
   * keys and decision classes; 4: enrichment markers ({@code _enriched}, {@code _enrichment}); 5:
   * tag keys merge plurals, hyphens and acronyms with their long forms ({@code TagKey}). An index
   * with an older version is rebuilt from its stored papers by the next ingest or by {@code
   * paperscope reindex}; searching it is refused with that advice.
   */
  public static final int SCHEMA = 5;

  /** The commit user-data key that holds {@link #SCHEMA}. */
  static final String SCHEMA_KEY = "paperscope.schema";

  private PaperIndex() {}

  /** The schema version recorded in commit user data; 1 when none is recorded. */
  public static int schemaOf(Map<String, String> commitData) {
    String value = commitData.get(SCHEMA_KEY);
    try {
      return value == null ? 1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * Fails when a committed index was written with another schema, saying what to do.
   *
   * @throws IOException naming the directory, both versions and the command that rebuilds it
   */
  public static void checkSchema(Path dataDir, Map<String, String> commitData) throws IOException {
    int schema = schemaOf(commitData);
    if (schema < SCHEMA) {
      throw new IOException(
          "the index in "
              + dataDir
              + " was written by an older PaperScope (index schema "
              + schema
              + ", this version uses "
              + SCHEMA
              + "); rebuild it from its stored papers with "
              + "'paperscope reindex --data "
              + dataDir
              + "'");
    }
    if (schema > SCHEMA) {
      throw new IOException(
          "the index in "
              + dataDir
              + " was written by a newer PaperScope (index schema "
              + schema
              + ", this version reads "
              + SCHEMA
              + "); upgrade PaperScope");
    }
  }

  /** The similarity used to write and to search the index. */
  public static Similarity similarity() {
    return SIMILARITY;
  }
}
