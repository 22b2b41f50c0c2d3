package org.paperscope.ingest;

import java.io.IOException;
import org.paperscope.paper.Paper;

/** Where ingested papers go: upserts by id and says what happened. */
public interface PaperStore {

  /** What an upsert did. */
  enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Adds the paper or merges it into the stored one with its id. */
  Outcome upsert(Paper paper) throws IOException;
}
