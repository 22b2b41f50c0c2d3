package org.paperscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.harvest.ArxivHarvester;
import org.paperscope.harvest.HarvestState;
import org.paperscope.harvest.OpenReviewHarvester;
import org.paperscope.harvest.PdfDownloads;
import org.paperscope.harvest.PoliteFetcher;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.ingest.IngestProgress;
import org.paperscope.ingest.IngestReport;
import org.paperscope.ingest.Ingestion;
import org.paperscope.ingest.PdfOptions;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.RecordSink;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfTextCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope harvest arxiv|openreview}: fetch a live source into the index. */
@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = "Fetches an arXiv category or an OpenReview venue into the index.",
    subcommands = {HarvestCommand.Arxiv.class, HarvestCommand.OpenReview.class})
final class HarvestCommand implements Runnable {
  @Override
  public void run() {
    throw new CliErrors.UsageException("name a source: arxiv or openreview (see --help)");
  }

  /** Options both sources take. */
  static final class SourceOptions {
    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description =
            "Scheme, host and port that replace the public API's (a mirror, a recorded fixture);"
                + " its paths are kept.")
    URI baseUrl;

    @Option(
        names = "--delay-ms",
        paramLabel = "MS",
        description = "Least time between two requests. Default: 3000 (arXiv's terms).",
        defaultValue = "3000")
    long delayMillis;

    @Option(names = "--page-size", paramLabel = "N", description = "Records per request.")
    Integer pageSize;

    @Option(names = "--no-enrich", description = "Do not compute the enrichments afterwards.")
    boolean noEnrich;

    @Option(
        names = "--pdfs",
        description =
            "Also download each paper's PDF (not again from the same URL) and read it like a local"
                + " PDF: full text, sections, references.")
    boolean pdfs;
  }

  /** Runs one harvest into the data directory's index, committing page by page. */
  @FunctionalInterface
  interface Run {
    int fetch(RecordSink sink, ArxivHarvester.PageDone pageDone) throws IOException;
  }

  static int harvest(
      CommonOptions common, SourceOptions source, CommandSpec spec, PoliteFetcher fetcher, Run run)
      throws IOException, InterruptedException {
    if (source.delayMillis < 0 || (source.pageSize != null && source.pageSize <= 0)) {
      throw new CliErrors.UsageException("--delay-ms must be 0 or more, --page-size positive");
    }
    Files.createDirectories(common.dataDir);
    PrintWriter out = spec.commandLine().getOut();
    try (Enrichments enrichments =
            Enrichments.standard(DataDir.of(common.dataDir), common.store());
        PaperIndexWriter writer =
            PaperIndexWriter.open(DataDir.of(common.dataDir).index(), 64, 1, enrichments)) {
      Ingestion ingestion =
          new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, writer, IngestProgress.NONE);
      int fetched;
      Map<String, String> pdfUrls = new LinkedHashMap<>();
      RecordSink sink = ingestion.sink();
      RecordSink noting =
          new RecordSink() {
            @Override
            public void accept(Paper paper, String where) {
              sink.accept(paper, where);
              if (paper.links().pdf() != null) {
                pdfUrls.put(paper.id(), paper.links().pdf());
              }
            }

            @Override
            public void reject(String where, String reason) {
              sink.reject(where, reason);
            }
          };
      try {
        fetched = run.fetch(noting, writer::commit);
      } catch (IOException | UncheckedIOException e) {
        // Every page before the failure is committed; the next run fetches from the same day.
        writer.commit();
        IngestReport report = ingestion.report();
        out.print(report.toText(10));
        out.flush();
        throw new IOException(
            (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage()
                + " (what came before is in; run again to resume)",
            e);
      }
      writer.commit();
      IngestReport report = ingestion.report();
      out.printf(Locale.ROOT, "fetched %d records%n", fetched);
      out.print(report.toText(10));
      if (source.pdfs) {
        pdfs(DataDir.of(common.dataDir), fetcher, writer, pdfUrls, out);
      }
      out.flush();
      if (!source.noEnrich) {
        new EnrichmentRun(
                enrichments, 2, EnrichmentRun.DEFAULT_BATCH, EnrichProgress.onStderr(spec))
            .run(writer, Optional.empty(), false);
      }
    }
    return 0;
  }

  /** Downloads the harvested papers' PDFs and reads them through the PDF pipeline. */
  private static void pdfs(
      DataDir data,
      PoliteFetcher fetcher,
      PaperIndexWriter writer,
      Map<String, String> urls,
      PrintWriter out)
      throws IOException {
    PdfDownloads.Result got =
        new PdfDownloads(fetcher, data.root().resolve("harvest").resolve("pdfs")).download(urls);
    out.printf(
        Locale.ROOT,
        "PDFs: %d downloaded, %d fetched before, %d refused%n",
        got.fetched(),
        got.files().size() - got.fetched(),
        got.refused().size());
    got.refused().stream().limit(10).forEach(r -> out.println("  refused " + r));
    if (got.files().isEmpty()) {
      return;
    }
    PdfOptions options =
        new PdfOptions(
            PdfLimits.DEFAULTS, got.mapping(), new PdfTextCache(data.text()), Optional.empty(), 2);
    IngestReport report =
        new Ingestion(
                Optional.empty(),
                ReadOptions.DEFAULTS,
                Optional.of(options),
                writer,
                IngestProgress.NONE)
            .run(got.files());
    writer.commit();
    out.print(report.toText(5));
  }

  static PoliteFetcher fetcher(SourceOptions source) {
    PoliteFetcher.Options options =
        PoliteFetcher.Options.ARXIV.withDelay(Duration.ofMillis(source.delayMillis));
    return new PoliteFetcher(options, Thread::sleep);
  }

  @Command(
      name = "arxiv",
      mixinStandardHelpOptions = true,
      description = {
        "Fetches the papers of an arXiv category updated since the last harvest (or --from),",
        "through the arXiv API, one request at a time. A new version updates its paper."
      })
  static final class Arxiv implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin SourceOptions source;
    @Spec CommandSpec spec;

    @Option(names = "--category", required = true, paramLabel = "CAT", description = "e.g. cs.LG")
    String category;

    @Option(
        names = "--from",
        paramLabel = "DAY",
        description =
            "First update day to fetch (YYYY-MM-DD). Default: where the last run stopped,"
                + " else 30 days ago.")
    LocalDate from;

    @Override
    public Integer call() throws Exception {
      if (!category.matches("[a-zA-Z-]+(\\.[a-zA-Z-]+)?")) {
        throw new CliErrors.UsageException("--category: not an arXiv category such as cs.LG");
      }
      HarvestState state =
          new HarvestState(
              DataDir.of(common.dataDir).root().resolve("harvest"), "arxiv-" + category);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate start = from != null ? from : state.from().orElse(today.minusDays(30));
      PoliteFetcher fetcher = fetcher(source);
      ArxivHarvester harvester =
          new ArxivHarvester(
              fetcher,
              source.baseUrl == null ? ArxivHarvester.PUBLIC : source.baseUrl,
              source.pageSize == null ? 200 : source.pageSize);
      Path scratch = Files.createTempDirectory("paperscope-harvest-");
      try {
        spec.commandLine()
            .getOut()
            .printf(Locale.ROOT, "arXiv %s, updated since %s%n", category, start);
        int code =
            harvest(
                common,
                source,
                spec,
                fetcher,
                (sink, done) -> harvester.harvest(category, start, scratch, sink, done));
        // Everything updated before today is in; today's updates are fetched again next time.
        state.completed(today);
        return code;
      } finally {
        Files.deleteIfExists(scratch);
      }
    }
  }

  @Command(
      name = "openreview",
      mixinStandardHelpOptions = true,
      description = {
        "Fetches the notes of an OpenReview venue (API v2) changed since the last harvest",
        "(the first run: every note), page by page, newest change first."
      })
  static final class OpenReview implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin SourceOptions source;
    @Spec CommandSpec spec;

    @Option(
        names = "--venue",
        required = true,
        paramLabel = "ID",
        description = "The venue id, e.g. ICLR.cc/2025/Conference")
    String venue;

    @Option(
        names = "--from",
        paramLabel = "DAY",
        description =
            "Fetch notes changed on or after DAY (YYYY-MM-DD, UTC). Default: since the last"
                + " harvest of the venue, else every note.")
    LocalDate from;

    @Option(names = "--full", description = "Fetch every note again, whatever the last run saw.")
    boolean full;

    @Override
    public Integer call() throws Exception {
      HarvestState state =
          new HarvestState(
              DataDir.of(common.dataDir).root().resolve("harvest"), "openreview-" + venue);
      OptionalLong since =
          full
              ? OptionalLong.empty()
              : from != null
                  ? OptionalLong.of(from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
                  : state.newest();
      PoliteFetcher fetcher = fetcher(source);
      OpenReviewHarvester harvester =
          new OpenReviewHarvester(
              fetcher,
              source.baseUrl == null ? OpenReviewHarvester.PUBLIC : source.baseUrl,
              source.pageSize == null ? 1000 : source.pageSize);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "OpenReview %s, %s%n",
              venue,
              since.isPresent()
                  ? "changed since " + Instant.ofEpochMilli(since.getAsLong())
                  : "every note");
      OptionalLong[] newest = {OptionalLong.empty()};
      int code =
          harvest(
              common,
              source,
              spec,
              fetcher,
              (sink, done) -> {
                OpenReviewHarvester.Result result = harvester.harvest(venue, since, sink, done);
                newest[0] = result.newest();
                return result.fetched();
              });
      // The next run starts at the newest change seen (fetching it again is a harmless upsert).
      OptionalLong next = newest[0].isPresent() ? newest[0] : since;
      if (next.isPresent()) {
        state.completedNewest(next.getAsLong());
      }
      return code;
    }
  }
}
