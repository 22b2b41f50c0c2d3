package org.paperscope.index;

import java.io.IOException;
import java.util.Map;
import org.paperscope.paper.Paper;

/**
 * The writing side of PaperScope, whatever the backend: where ingested papers go. Upserts by id
 * (merging into the stored paper) and says what happened; the implementation decides when a batch
 * becomes visible (the Lucene one: at {@code commit}). {@code index.lucene.PaperIndexWriter} is the
 * embedded Lucene implementation.
 */
public interface PaperWriter {

  /** What an upsert did. */
  enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Adds the paper or merges it into the stored one with its id. */
  Outcome upsert(Paper paper) throws IOException;

  /** Every stored paper's title by id, papers upserted in this run included (to match PDFs). */
  default Map<String, String> titles() throws IOException {
    throw new UnsupportedOperationException("this writer cannot list titles");
  }
}
