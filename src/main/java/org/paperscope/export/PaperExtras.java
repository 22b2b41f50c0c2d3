package org.paperscope.export;

import java.io.IOException;
import org.paperscope.paper.Paper;

/**
 * What the index knows of a paper beyond its source record, for exports: whether it has a sentence
 * embedding (search by meaning and similar papers work for it) and its generated TL;DR. Both are
 * enrichments, not source metadata, so exports ask the index.
 */
public interface PaperExtras {
  boolean hasVector(Paper paper) throws IOException;

  /** The generated TL;DR, or null when the paper has none (yet). */
  String autoTldr(Paper paper) throws IOException;
}
