package org.paperscope.index;

import java.nio.file.Path;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** Where the index lives in a data directory, and the settings reader and writer must share. */
public final class PaperIndex {
  /**
   * BM25 parameters of the default ranking: Lucene's k1 1.2 and b 0.75 scored best on SciFact
   * train of the values tried (nDCG@10 0.6846, against 0.6839 for 0.9/0.6 and 0.6845 for 1.2/0.4
   * and 0.6829 for 0.9/0.4; docs/evaluation.md).
   */
  private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.75f);

  private PaperIndex() {}

  /** The Lucene index directory under a PaperScope data directory. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /** The cache of extracted PDF text and thumbnails under a data directory, by PDF SHA-256. */
  public static Path textDir(Path dataDir) {
    return dataDir.resolve("text");
  }

  /** The similarity used to write and to search the index. */
  public static Similarity similarity() {
    return SIMILARITY;
  }
}
