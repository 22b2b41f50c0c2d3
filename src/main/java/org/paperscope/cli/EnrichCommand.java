package org.paperscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EnrichmentReport;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.enrich.SummaryIndexing;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.PaperJson;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.summaries.SummaryIndexQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope enrich}: computes the enrichments the papers of a data directory lack, in
 * committed batches, so that an interrupted run loses at most one batch and the next goes on. A
 * running server picks each batch up.
 */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
      "Computes what papers lack after ingest (PDF full text whose extraction is missing or"
          + " outdated, Auto-TLDRs, sentence embeddings, automatic tags), in batches that a running server picks"
          + " up as they are committed."
          + " 'ingest' does this itself unless given --no-enrich.",
      "Exit status: 0 done (papers that failed are listed), 1 error, 2 usage error."
    })
final class EnrichCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--only", paramLabel = "NAME", description = "Run only this enrichment.")
  String only;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Papers per committed batch. Default: ${DEFAULT-VALUE}.")
  int batch = EnrichmentRun.DEFAULT_BATCH;

  @Option(names = "--threads", description = "Papers computed at once. Default: number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--retry-failed",
      description = "Try again the papers an earlier run could not enrich.")
  boolean retryFailed;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    DataDir data = common.withIndex();
    if (batch <= 0 || threads <= 0) {
      throw new CliErrors.UsageException("--batch and --threads must be positive");
    }
    try (Enrichments enrichments = Enrichments.standard(data, common.store())) {
      if (only != null && enrichments.named(only).isEmpty()) {
        throw new CliErrors.UsageException(
            "--only: no enrichment named '"
                + only
                + "'; there are: "
                + enrichments.all().stream().map(e -> e.name()).collect(Collectors.joining(", ")));
      }
      print(run(data.index(), enrichments));
    }
    return 0;
  }

  private EnrichmentReport run(Path indexDir, Enrichments enrichments)
      throws IOException, InterruptedException {
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(indexDir, 64, Math.max(1, threads), enrichments)) {
      EnrichmentReport report =
          new EnrichmentRun(enrichments, threads, batch, EnrichProgress.onStderr(spec))
              .run(writer, Optional.ofNullable(only), retryFailed);
      indexSummaryChanges(writer);
      return report;
    }
  }

  /**
   * Takes up the summaries changed since the index last did (a server does it every few seconds,
   * but not while this run holds the index).
   */
  private void indexSummaryChanges(PaperIndexWriter writer) throws IOException {
    StoreLocation location = common.store();
    if (!location.mayExist()) {
      return;
    }
    try (Store store = Store.open(location)) {
      new SummaryIndexing(new SummaryIndexQueue(store)).drain(writer);
    }
  }

  private void print(EnrichmentReport report) throws IOException {
    if (json) {
      spec.commandLine().getOut().println(PaperJson.mapper().writeValueAsString(report.toJson()));
    } else {
      spec.commandLine().getOut().print(report.toText());
    }
    spec.commandLine().getOut().flush();
  }
}
