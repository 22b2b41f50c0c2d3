package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope tags}: every tag with the number of papers carrying it. */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = "Lists every tag with its count.")
final class TagsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--sort",
      description = "count (most used first) or name. Default: ${DEFAULT-VALUE}.")
  String sort = "count";

  @Option(names = "--json", description = "Print {\"tags\":[{\"tag\",\"count\"}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!sort.equals("count") && !sort.equals("name")) {
      throw new CliErrors.UsageException("--sort: use count or name, not '" + sort + "'");
    }
    List<Map.Entry<String, Long>> tags;
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      tags = new ArrayList<>(searcher.facet(FacetDimension.TAG).entrySet());
    }
    if (sort.equals("name")) {
      tags.sort(Map.Entry.comparingByKey());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CliJson.write(SearchResultJson.tags(tags)));
    } else {
      tags.forEach(t -> out.printf(Locale.ROOT, "%7d  %s%n", t.getValue(), t.getKey()));
    }
    out.flush();
    return 0;
  }
}
