package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperscope} command: wires the subcommands and the exit-code policy together. */
@Command(
    name = "paperscope",
    mixinStandardHelpOptions = true,
    version = "PaperScope 0.1.0",
    description = "Search engine and reading room for machine-learning papers.",
    subcommands = {
      IngestCommand.class,
      HarvestCommand.class,
      EnrichCommand.class,
      ReindexCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      TldrCommand.class,
      ShowCommand.class,
      TagsCommand.class,
      GlossaryCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      SummariesCommand.class,
      UsersCommand.class,
      BackupCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PaperScopeCommand implements Runnable {
  /** Exit code for a failure at run time (unreadable data, I/O error). */
  public static final int EXIT_FAILURE = 1;

  /** Exit code for a usage error: bad option, bad argument, malformed query. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command; see 'paperscope --help'.");
  }

  /** Lucene logs its SIMD set-up at INFO on every start; keep a reference so the level sticks. */
  private static final Logger LUCENE_VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  /**
   * PDFBox warns about every odd font it meets (missing glyph maps are common in real papers); the
   * ingest report already says which PDFs failed and why.
   */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(Level.WARNING);
    PDFBOX_LOG.setLevel(Level.SEVERE);
    FONTBOX_LOG.setLevel(Level.SEVERE);
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given output streams and returns the exit code (for tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PaperScopeCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(CliErrors::exitCode);
    cli.setExecutionExceptionHandler(CliErrors::handle);
    cli.setParameterExceptionHandler(CliErrors::handleUsage);
    cli.setUsageHelpAutoWidth(true);
    HelpLabels.apply(cli);

    return cli.execute(args);
  }
}
