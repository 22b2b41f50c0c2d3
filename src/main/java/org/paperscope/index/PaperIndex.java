package org.paperscope.index;

import java.nio.file.Path;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** Where the index lives in a data directory, and the settings reader and writer must share. */
public final class PaperIndex {
  /**
   * BM25 parameters of the default ranking: k1 0.9 and b 0.4 are Anserini's defaults for short
   * scientific text, and scored best on the SciFact train split of the values we tried (see
   * docs/evaluation.md).
   */
  private static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

  private PaperIndex() {}

  /** The Lucene index directory under a PaperScope data directory. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /** The similarity used to write and to search the index. */
  public static Similarity similarity() {
    return SIMILARITY;
  }
}
