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

  /** A writer appending to {@code out}. */
  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Paper paper) throws IOException {
    out.write(PaperJson.toJson(paper));
    out.write('\n');
  }
}
