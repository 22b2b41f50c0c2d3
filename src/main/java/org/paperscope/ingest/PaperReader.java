package org.paperscope.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one source file format into papers, streaming: memory use does not grow with file size
 * (beyond the current record).
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface PaperReader {

  /**
   * Reads every record of {@code file}, passing each valid paper or rejection to {@code sink}. A
   * bad record never stops the file: it is rejected with its line and the reader goes on.
   *
   * @throws IOException only when the file as a whole cannot be read (missing, unreadable, or
   *     broken so early that no record can be found, e.g. not JSON at all)
   */
  void read(Path file, ReadOptions options, RecordSink sink) throws IOException;
}
