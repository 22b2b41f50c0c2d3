package org.paperscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperSearcher;
import org.paperscope.search.QueryLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope export}: every paper with everything known about it, as JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every paper as JSON Lines (one object per line, the shape of 'show --json').",
      "The output reads back with 'paperscope ingest --format jsonl'."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    try (PaperSearcher searcher = PaperSearcher.open(common.dataDir, QueryLimits.DEFAULTS);
        Writer writer = open()) {
      searcher.forEachPaper(
          paper -> {
            try {
              writer.write(PaperJson.toJson(paper));
              writer.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return 0;
  }

  private Writer open() throws IOException {
    if (output != null) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    return new FilterWriter(spec.commandLine().getOut()) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
