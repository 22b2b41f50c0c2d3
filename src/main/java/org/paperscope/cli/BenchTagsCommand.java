package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.bench.TaggingBenchmark;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope bench tags}: automatic tags and concepts per paper, and the glossary. */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = {
      "Automatic tags and concept detection per second on one thread, against the Auto-TLDR",
      "writer on the same papers in the same rounds (the ratio), and the whole glossary built",
      "from them (detection on every core). Reads every paper with an abstract from --data."
    })
final class BenchTagsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--rounds", description = "Timed rounds. Default: ${DEFAULT-VALUE}.")
  int rounds = 3;

  @Override
  public Integer call() throws Exception {
    if (rounds <= 0) {
      throw new CliErrors.UsageException("--rounds must be positive");
    }
    List<Paper> papers = new ArrayList<>();
    try (PaperSearch searcher =
        SearchBackend.openConfigured(common.withIndex(), QueryLimits.DEFAULTS)) {
      searcher.forEachPaper(
          p -> {
            if (p.abstractText() != null) {
              papers.add(p);
            }
          });
    }
    papers.sort(Comparator.comparing(Paper::id));
    TaggingBenchmark.Result r = TaggingBenchmark.run(papers, rounds);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%,d papers with an abstract, %d cores%n%n",
        papers.size(),
        Runtime.getRuntime().availableProcessors());
    out.println(
        "| round | tags papers/s | concepts papers/s | Auto-TLDR papers/s | tags ÷ TLDR"
            + " | concepts ÷ TLDR | glossary ms |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < rounds; i++) {
      double t = r.tags().get(i);
      double c = r.concepts().get(i);
      double b = r.tldr().get(i);
      out.printf(
          Locale.ROOT,
          "| %d | %,.0f | %,.0f | %,.0f | %.2f | %.2f | %,.0f |%n",
          i + 1,
          t,
          c,
          b,
          t / b,
          c / b,
          r.glossaryMillis().get(i));
    }
    out.flush();
    return 0;
  }
}
