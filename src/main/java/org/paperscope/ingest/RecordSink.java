package org.paperscope.ingest;

import org.paperscope.paper.Paper;

/**
 * Receives what a {@link PaperReader} reads, one record at a time, in file order.
 *
 * <p>{@code source} names where the record was read, as {@code file:line} (the file name as given
 * to the reader, the 1-based line where the record starts).
 */
public interface RecordSink {

  /** A record that became a valid paper. */
  void accept(Paper paper, String source);

  /** A record that could not become a paper; {@code reason} is one short human sentence. */
  void reject(String source, String reason);
}
