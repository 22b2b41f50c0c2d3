package org.paperscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.index.PaperIndex;
import org.paperscope.index.PaperIndexWriter;
import org.paperscope.ingest.IngestReport;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.PaperStore;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.SourceFormat;
import org.paperscope.paper.PaperJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperscope ingest}: reads sources into the index and commits them as one batch. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads paper metadata files (or folders of them) into the index.",
      "Formats are detected per file: jsonl, conference-json, csv, arxiv-atom, arxiv-snapshot, beir.",
      "Records are upserted by id; bad records are reported with file:line and skipped.",
      "The batch is committed only when complete: an interrupted run leaves the previous index."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "F", description = "Read every file as this format instead of detecting it.")
  String format;

  @Option(names = "--venue", description = "Venue to set on every paper read.")
  String venue;

  @Option(names = "--year", description = "Year to set on every paper read.")
  Integer year;

  @Option(
      names = "--column",
      paramLabel = "FIELD=HEADER",
      description = "CSV: read paper FIELD from column HEADER (repeatable), e.g. --column id=arxiv_id.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--threads", description = "Indexing threads. Default: number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ram-buffer-mb", description = "Index buffer before flushing a segment. Default: ${DEFAULT-VALUE}.")
  double ramBufferMb = 256;

  @Override
  public Integer call() throws Exception {
    Optional<SourceFormat> forced = Optional.empty();
    if (format != null) {
      try {
        forced = Optional.of(SourceFormat.parse(format));
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--format: " + e.getMessage());
      }
    }
    Files.createDirectories(common.dataDir);
    IngestReport report;
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(PaperIndex.indexDir(common.dataDir), ramBufferMb, Math.max(1, threads))) {
      PaperStore store = paper -> PaperStore.Outcome.valueOf(writer.upsert(paper).name());
      report =
          new Ingestion(forced, new ReadOptions(columns, venue, year), store, ProgressBar.onStderr(spec))
              .run(paths);
      writer.commit();
    }
    if (json) {
      spec.commandLine().getOut().println(PaperJson.mapper().writeValueAsString(report.toJson()));
    } else {
      spec.commandLine().getOut().print(report.toText(10));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
