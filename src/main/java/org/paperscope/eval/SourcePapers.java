package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.RecordSink;
import org.paperscope.ingest.SourceFormat;
import org.paperscope.paper.Paper;

/**
 * The papers of a source file, read as ingest reads them (format detected); bad records skipped.
 */
public final class SourcePapers {
  private SourcePapers() {}

  public static List<Paper> read(Path file) throws IOException {
    SourceFormat format =
        SourceFormat.detect(file)
            .orElseThrow(() -> new IOException("unknown source format: " + file));
    List<Paper> papers = new ArrayList<>();
    format
        .reader()
        .read(
            file,
            ReadOptions.DEFAULTS,
            new RecordSink() {
              @Override
              public void accept(Paper paper, String source) {
                papers.add(paper);
              }

              @Override
              public void reject(String source, String reason) {}
            });
    return papers;
  }
}
