package org.paperscope.export;

import java.io.IOException;
import java.io.Writer;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Papers as JSON Lines: one {@link PaperJson} object per line, everything known about the paper.
 * The output reads back with {@code paperscope ingest --format jsonl}. Not thread-safe.
 */
public final class JsonLinesWriter implements PaperWriter {
  private final Writer out;
  private final VectorCheck vectors;

  /** A writer appending to {@code out}. */
  public JsonLinesWriter(Writer out) {
    this.out = out;
    this.vectors = null;
  }

  /**
   * A writer appending to {@code out} that adds {@code "hasVector"} to each paper (ingest ignores
   * it: the vector is an enrichment, recomputed or taken from the cache).
   */
  public JsonLinesWriter(Writer out, VectorCheck vectors) {
    this.out = out;
    this.vectors = vectors;
  }

  @Override
  public void write(Paper paper) throws IOException {
    if (vectors == null) {
      out.write(PaperJson.toJson(paper));
    } else {
      out.write(
          PaperJson.mapper()
              .writeValueAsString(
                  PaperJson.toNode(paper).put("hasVector", vectors.hasVector(paper))));
    }
    out.write('\n');
  }
}
