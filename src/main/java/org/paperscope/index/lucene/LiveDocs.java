package org.paperscope.index.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;

/** The documents of one index segment that are not deleted. */
public final class LiveDocs {

  /** Work done with one live document of a segment. */
  @FunctionalInterface
  public interface Visitor {
    /** Called with the segment-local id of a live document. */
    void visit(int doc) throws IOException;
  }

  private LiveDocs() {}

  /**
   * Calls the visitor with every live document of the segment, in increasing doc id order (so doc
   * values can be read with {@code advanceExact}); deleted documents are skipped.
   *
   * @throws IOException what the visitor throws
   */
  public static void forEach(LeafReader segment, Visitor visitor) throws IOException {
    Bits live = segment.getLiveDocs();
    for (int doc = 0; doc < segment.maxDoc(); doc++) {
      if (live == null || live.get(doc)) {
        visitor.visit(doc);
      }
    }
  }
}
