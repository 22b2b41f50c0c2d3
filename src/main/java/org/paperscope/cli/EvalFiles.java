package org.paperscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.RecordSink;
import org.paperscope.ingest.SourceFormat;
import org.paperscope.paper.Paper;

/** Source files read for an evaluation as ingest reads them; bad records skipped. */
final class EvalFiles {
  private EvalFiles() {}

  static List<Paper> papers(Path file) throws IOException {
    SourceFormat format =
        SourceFormat.detect(file)
            .orElseThrow(
                () -> new CliErrors.UsageException("not a source file PaperScope reads: " + file));
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
