package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope demo}: ingests the ICLR, NeurIPS and ICML corpora shipped beside the project
 * (../shared/data), shows what is there, and serves it (unless {@code --no-serve}). Keyword search
 * is served as soon as the metadata is in; the enrichments (embeddings of every abstract) run
 * behind the server, which shows each committed batch. With {@code --no-serve} they run before the
 * statistics instead.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingests the demo corpus (ICLR/NeurIPS/ICML files and the PDFs under --shared), prints its statistics"
            + " and serves it on --host:--port until Ctrl-C (not with --no-serve). Embedding the"
            + " abstracts (for similar papers and search by meaning) takes about 5 minutes on 2 cores"
            + " the first time; it runs behind the server, or before the statistics with --no-serve.")
final class DemoCommand implements Callable<Integer> {
  /** One demo source, relative to the shared data directory, with the options it needs. */
  record Source(String path, List<String> options) {}

  /**
   * The demo sources. The joined ICLR JSON Lines carry no venue or year, so they are given; they
   * add abstracts and TL;DRs to the metadata-only papercopilot records with the same ids. The PDFs
   * come last, so that each is matched to its record (by arXiv id or title) or becomes a paper of
   * its own, and full text, thumbnails and {@code refs:} work out of the box.
   */
  static final List<Source> SOURCES =
      List.of(
          new Source("iclr-openreview/papercopilot", List.of()),
          new Source("iclr-openreview/miniconf-iclr2020/papers.csv", List.of()),
          new Source("ml-conference-papers", List.of()),
          new Source(
              "iclr-openreview/iclr2019.joined.jsonl",
              List.of("--venue", "ICLR", "--year", "2019")),
          new Source(
              "iclr-openreview/iclr2021.joined.jsonl",
              List.of("--venue", "ICLR", "--year", "2021")),
          new Source("pdfs", List.of()));

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "Shared data directory. Default: ${DEFAULT-VALUE}.")
  Path shared = Path.of("../shared/data");

  @Option(
      names = "--no-serve",
      description = "Stop after ingest and statistics; do not start the web server.")
  boolean noServe;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws Exception {
    List<Source> present =
        SOURCES.stream().filter(s -> Files.exists(shared.resolve(s.path()))).toList();
    if (present.isEmpty()) {
      throw new CliErrors.UsageException("no demo corpus under " + shared + "; pass --shared DIR");
    }
    String fingerprint =
        DemoFingerprint.of(present.stream().map(s -> shared.resolve(s.path())).toList());
    if (DemoFingerprint.matches(common.dataDir, fingerprint)) {
      spec.commandLine()
          .getOut()
          .println("== demo corpus unchanged since the last demo run: nothing to ingest");
    } else {
      int code = ingest(present);
      if (code != 0) {
        return code;
      }
      DemoFingerprint.record(common.dataDir, fingerprint);
    }
    spec.commandLine().getOut().println();
    if (noServe) {
      int code = spec.commandLine().getParent().execute(args("enrich"));
      return code != 0 ? code : spec.commandLine().getParent().execute(args("stats"));
    }
    int code = spec.commandLine().getParent().execute(args("stats"));
    if (code != 0) {
      return code;
    }
    spec.commandLine().getOut().println();
    enrichInBackground();
    ServeCommand.serve(
        common.dataDir, common.store(), server.host, server.port, spec.commandLine().getOut());
    return 0;
  }

  /**
   * Runs {@code enrich} on a daemon thread while the server serves what is committed; the server
   * picks up each batch. A fresh command line, as picocli's parsed state is not shared safely.
   */
  private void enrichInBackground() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "== enriching in the background (embeddings: about 5 minutes on 2 cores the first time);"
            + " similar papers and search by meaning fill in as batches are committed");
    out.flush();
    Thread.ofPlatform()
        .daemon()
        .name("demo-enrich")
        .start(() -> PaperScopeCommand.execute(args("enrich"), out, spec.commandLine().getErr()));
  }

  /**
   * The arguments of a subcommand the demo runs: its words, then this demo's {@code --data} and
   * {@code --db}, so every step reads and writes the same deployment.
   */
  private String[] args(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--data", common.dataDir.toString()));
    if (common.db != null && !common.db.isBlank()) {
      args.addAll(List.of("--db", common.db));
    }
    return args.toArray(String[]::new);
  }

  /** Ingests each source in turn, one committed batch each; the first failure's exit code. */
  private int ingest(List<Source> sources) {
    for (Source source : sources) {
      List<String> ingest = new ArrayList<>(List.of(args("ingest", "--no-enrich")));
      ingest.addAll(source.options());
      ingest.add(shared.resolve(source.path()).toString());
      spec.commandLine().getOut().println("== " + source.path());
      int code = spec.commandLine().getParent().execute(ingest.toArray(String[]::new));
      if (code != 0) {
        return code;
      }
    }
    return 0;
  }
}
