package org.paperscope.export;

import java.io.IOException;
import org.paperscope.paper.Paper;

/**
 * Whether a paper has a sentence embedding (search by meaning and similar papers work for it). The
 * vector is an enrichment, not source metadata, so exports ask the index.
 */
@FunctionalInterface
public interface VectorCheck {
  boolean hasVector(Paper paper) throws IOException;
}
