package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EnrichmentReport;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.ingest.IngestReport;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.PdfOptions;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.SourceFormat;
import org.paperscope.paper.PaperJson;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfMatcher;
import org.paperscope.pdf.PdfTextCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperscope ingest}: reads sources into the index and commits them as one batch. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads paper metadata files and PDFs (or folders of them) into the index.",
      "Formats are detected per file: jsonl, conference-json, csv, arxiv-atom,",
      "arxiv-snapshot, beir. Records are upserted by id; a bad record is reported",
      "with file:line and skipped.",
      "A PDF is attached to its record by <id>.pdf, --pdf-map, the arXiv id it",
      "prints or its title; any other PDF becomes a paper of its own. Other files",
      "in a folder of PDFs are side files: skipped unless named as arguments.",
      "The batch is committed only when complete: an interrupted run leaves the",
      "previous index."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to read.")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "Read every file as this format instead of detecting it.")
  String format;

  @Option(names = "--venue", description = "Venue to set on every paper read.")
  String venue;

  @Option(names = "--year", description = "Year to set on every paper read.")
  Integer year;

  @Option(
      names = "--column",
      paramLabel = "FIELD=HEADER",
      description =
          "CSV: read paper FIELD from column HEADER (repeatable), e.g. --column id=arxiv_id.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--pdf-map",
      paramLabel = "FILE",
      description =
          "CSV or TSV attaching PDF files to paper ids: 'file,id' lines, or a header naming"
              + " 'file' and 'id' or 'arxiv_id' columns (a manifest).")
  Path pdfMap;

  @Option(
      names = "--keep-pdfs",
      description = "Keep a copy of each PDF in the data directory, named by its SHA-256.")
  boolean keepPdfs;

  @Option(
      names = "--pdf-max-mb",
      description = "Reject PDFs larger than this. Default: ${DEFAULT-VALUE}.")
  long pdfMaxMb = PdfLimits.DEFAULTS.maxPdfBytes() >> 20;

  @Option(
      names = "--pdf-max-pages",
      description = "Reject PDFs with more pages. Default: ${DEFAULT-VALUE}.")
  int pdfMaxPages = PdfLimits.DEFAULTS.maxPages();

  @Option(
      names = "--pdf-timeout-s",
      description = "Give up on a PDF after this long. Default: ${DEFAULT-VALUE}.")
  long pdfTimeoutSeconds = PdfLimits.DEFAULTS.timeoutMillis() / 1000;

  @Option(
      names = "--no-enrich",
      description =
          "Only ingest: leave the enrichments (full text of PDFs whose extraction is missing) to a"
              + " later 'paperscope enrich'.")
  boolean noEnrich;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--threads", description = "Indexing threads. Default: number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--ram-buffer-mb",
      description = "Index buffer before flushing a segment. Default: ${DEFAULT-VALUE}.")
  double ramBufferMb = 256;

  private PdfOptions pdfOptions() throws java.io.IOException {
    if (pdfMaxMb <= 0 || pdfMaxPages <= 0 || pdfTimeoutSeconds <= 0) {
      throw new CliErrors.UsageException(
          "--pdf-max-mb, --pdf-max-pages and --pdf-timeout-s must be positive");
    }
    PdfLimits limits = new PdfLimits(pdfMaxMb << 20, pdfMaxPages, pdfTimeoutSeconds * 1000);
    Map<String, String> mapping = pdfMap == null ? Map.of() : PdfMatcher.readMapping(pdfMap);
    Optional<Path> keep =
        keepPdfs ? Optional.of(DataDir.of(common.dataDir).pdfs()) : Optional.empty();
    return new PdfOptions(
        limits,
        mapping,
        new PdfTextCache(DataDir.of(common.dataDir).text()),
        keep,
        Math.max(1, threads));
  }

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
    PdfOptions pdfs = pdfOptions();
    IngestReport report;
    Optional<EnrichmentReport> enriched = Optional.empty();
    try (Enrichments enrichments =
            Enrichments.standard(DataDir.of(common.dataDir), common.store());
        PaperIndexWriter writer =
            PaperIndexWriter.open(
                DataDir.of(common.dataDir).index(),
                ramBufferMb,
                Math.max(1, threads),
                enrichments)) {
      if (writer.outdated()) {
        spec.commandLine()
            .getErr()
            .println(
                "the index was written by an older PaperScope: rewriting its stored papers in this batch");
        spec.commandLine().getErr().flush();
        writer.rebuildAll(count -> {});
      }
      report =
          new Ingestion(
                  forced,
                  new ReadOptions(columns, venue, year),
                  Optional.of(pdfs),
                  writer,
                  ProgressBar.onStderr(spec))
              .run(paths);
      writer.commit();
      if (!noEnrich) {
        enriched = Optional.of(enrich(writer, enrichments));
      }
    }
    print(report, enriched);
    return 0;
  }

  /**
   * Enriches what the committed batch lacks, in batches of their own (the metadata is searchable).
   */
  private EnrichmentReport enrich(PaperIndexWriter writer, Enrichments enrichments)
      throws IOException, InterruptedException {
    return new EnrichmentRun(
            enrichments,
            Math.max(1, threads),
            EnrichmentRun.DEFAULT_BATCH,
            EnrichProgress.onStderr(spec))
        .run(writer, Optional.empty(), false);
  }

  private void print(IngestReport report, Optional<EnrichmentReport> enriched) throws IOException {
    boolean enrichedAny = enriched.isPresent() && enriched.get().pending() > 0;
    if (json) {
      ObjectNode out = report.toJson();
      enriched.ifPresent(e -> out.set("enrichments", PaperJson.mapper().valueToTree(e.toJson())));
      spec.commandLine().getOut().println(PaperJson.mapper().writeValueAsString(out));
    } else {
      spec.commandLine().getOut().print(report.toText(10));
      if (enrichedAny) {
        spec.commandLine().getOut().print(enriched.get().toText());
      }
    }
    spec.commandLine().getOut().flush();
  }
}
