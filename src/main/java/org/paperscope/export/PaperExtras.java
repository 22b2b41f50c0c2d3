package org.paperscope.export;

import java.io.IOException;
import java.util.List;
import org.paperscope.paper.Paper;

/**
 * What the index knows of a paper beyond its source record, for exports: whether it has a sentence
 * embedding (search by meaning and similar papers work for it), its generated TL;DR and its
 * automatic tags. They are enrichments, not source metadata, so exports ask the index.
 */
public interface PaperExtras {
  boolean hasVector(Paper paper) throws IOException;

  /** The generated TL;DR, or null when the paper has none (yet). */
  String autoTldr(Paper paper) throws IOException;

  /** The names of its automatic tags, best first; empty when it has none. */
  List<String> autoTags(Paper paper) throws IOException;
}
