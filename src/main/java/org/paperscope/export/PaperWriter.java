package org.paperscope.export;

import java.io.IOException;
import org.paperscope.paper.Paper;

/**
 * Writes papers one at a time in one export format to the output it was opened on. One writer per
 * export: it may keep state across papers (BibTeX keeps keys unique). Not thread-safe; the caller
 * flushes and closes the output.
 */
public interface PaperWriter {
  /**
   * Writes one paper.
   *
   * @throws IOException when the output fails
   */
  void write(Paper paper) throws IOException;
}
