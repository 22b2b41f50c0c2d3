package org.paperscope.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.paperscope.paper.Paper;

/**
 * Where the enrichment stage writes, whatever the backend. Each document records the enrichments
 * applied to it (markers {@code name/version}), so the stage finds what is pending ({@link
 * #lacking}), computes and stores the results, rewrites those papers ({@link #refresh}) and commits
 * each batch on its own. {@code index.lucene.PaperIndexWriter} is the embedded Lucene
 * implementation.
 */
public interface EnrichmentWriter {

  /**
   * The ids of the stored papers whose documents lack the enrichment marker ({@code name/version}),
   * papers written in this run included.
   */
  List<String> lacking(String marker) throws IOException;

  /** The ids of the stored papers whose documents record that the enrichment failed on them. */
  List<String> failed(String marker) throws IOException;

  /** The stored paper with this id as last written, or empty when there is none. */
  Optional<Paper> stored(String id) throws IOException;

  /**
   * Rewrites the paper's document from its stored copy, taking up the enrichment results stored
   * since it was written; visible at the next {@link #commit}.
   *
   * @return false when no paper has this id
   */
  boolean refresh(String id) throws IOException;

  /** Makes everything written so far durable and visible to new readers, atomically. */
  void commit() throws IOException;
}
