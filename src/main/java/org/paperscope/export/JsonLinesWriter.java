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
  private final PaperExtras extras;

  /** A writer appending to {@code out}. */
  public JsonLinesWriter(Writer out) {
    this.out = out;
    this.extras = null;
  }

  /**
   * A writer appending to {@code out} that adds to each paper {@code "hasVector"} and its TL;DR as
   * shown ({@code tldr} the author's, else the generated one, {@code tldrSource}, {@code
   * autoTldr}). Ingest reads such a file back as the sources it came from: it ignores {@code
   * hasVector} and a {@code tldr} whose source is {@code auto} (enrichments are recomputed or taken
   * from the cache).
   */
  public JsonLinesWriter(Writer out, PaperExtras extras) {
    this.out = out;
    this.extras = extras;
  }

  @Override
  public void write(Paper paper) throws IOException {
    if (extras == null) {
      out.write(PaperJson.toJson(paper));
    } else {
      out.write(
          PaperJson.mapper()
              .writeValueAsString(
                  TagsAndConcepts.add(
                      PaperJson.toNode(paper, extras.autoTldr(paper))
                          .put("hasVector", extras.hasVector(paper)),
                      paper,
                      extras.autoTags(paper))));
    }
    out.write('\n');
  }
}
