package org.paperscope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.store.Store;
import org.paperscope.summaries.Summaries;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryExport;
import org.paperscope.summaries.SummaryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperscope summaries import|export}: community summaries in and out as JSON Lines. */
@Command(
    name = "summaries",
    mixinStandardHelpOptions = true,
    description = "Imports or exports community summaries as JSON Lines.",
    subcommands = {SummariesCommand.Import.class, SummariesCommand.Export.class})
final class SummariesCommand implements Runnable {
  @Override
  public void run() {
    throw new CliErrors.UsageException("name what to do: import FILE or export (see --help)");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Adds the summaries of FILE, one JSON object a line:",
        "  {\"paper\": ID or \"title\": exact title, \"markdown\": \"…\", \"language\": \"en\",",
        "   \"author\": \"display name\", \"created\": \"2020-04-01T12:00:00Z\", \"votes\": 3}",
        "A record naming no paper of the index is reported with FILE:LINE and skipped; the rest goes"
            + " in. A summary already there is not added twice."
      })
  static final class Import implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isReadable(file)) {
        throw new IOException("cannot read " + file);
      }
      DataDir data = common.withIndex();
      SummaryImport.Report report;
      try (PaperSearch papers = SearchBackend.openConfigured(data, QueryLimits.DEFAULTS);
          Store store = Store.open(common.store())) {
        SummaryImport.Papers lookup =
            new SummaryImport.Papers() {
              @Override
              public Optional<String> byId(String id) throws IOException {
                return papers.paper(id).map(Paper::id);
              }

              @Override
              public List<String> byTitle(String title) throws IOException {
                return papers.byTitle(title, 10).stream().map(Paper::id).toList();
              }
            };
        report = new SummaryImport(new Summaries(store, Clock.systemUTC()), lookup).run(file);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "read %d, added %d, already there %d, rejected %d%n",
          report.read(),
          report.added(),
          report.unchanged(),
          report.rejected().size());
      report.rejected().forEach(r -> out.println("  rejected " + r));
      if (report.added() > 0) {
        out.println(
            "searchable after the next 'paperscope enrich' (a running server does it itself)");
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes every public summary as JSON Lines, the format 'import' reads.")
  static final class Export implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
      DataDir data = common.withIndex();
      if (!common.store().mayExist()) {
        return 0; // no database: no summaries
      }
      try (PaperSearch papers = SearchBackend.openConfigured(data, QueryLimits.DEFAULTS);
          Store store = Store.open(common.store())) {
        List<Summary> all = new Summaries(store, Clock.systemUTC()).allPublic();
        Map<String, String> titles = new HashMap<>();
        for (Summary s : all) {
          if (!titles.containsKey(s.paperId())) {
            titles.put(s.paperId(), papers.paper(s.paperId()).map(Paper::title).orElse(null));
          }
        }
        if (output == null) {
          SummaryExport.write(all, titles::get, spec.commandLine().getOut());
        } else {
          try (Writer out =
              new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
            int n = SummaryExport.write(all, titles::get, out);
            spec.commandLine()
                .getErr()
                .printf(Locale.ROOT, "wrote %d summaries to %s%n", n, output);
          }
        }
      }
      return 0;
    }
  }
}
