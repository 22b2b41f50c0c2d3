package org.paperscope.ingest;

import java.io.IOException;
import java.util.Map;
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

  /** Every stored paper's title by id, papers upserted in this run included (to match PDFs). */
  default Map<String, String> titles() throws IOException {
    throw new UnsupportedOperationException("this store cannot list titles");
  }
}
