package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope stats}: size of the corpus and how it breaks down. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Shows corpus statistics.")
final class StatsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      node.put("papers", searcher.paperCount());
      node.put("withAbstract", searcher.countHaving(PaperPart.ABSTRACT));
      node.put("withTldr", searcher.countHaving(PaperPart.TLDR));
      node.put("withAutoTldr", searcher.countHaving(PaperPart.AUTO_TLDR));
      node.put("withVector", searcher.countHaving(PaperPart.EMBEDDING));
      node.put("tags", searcher.facet(FacetDimension.TAG).size());
      node.put("authors", searcher.facet(FacetDimension.AUTHOR).size());
      putAll(node.putObject("venues"), searcher.facet(FacetDimension.VENUE));
      putAll(node.putObject("years"), newestFirst(searcher.facet(FacetDimension.YEAR)));
      putAll(node.putObject("decisions"), searcher.facet(FacetDimension.DECISION));
    }
    node.put("indexBytes", size(DataDir.of(common.dataDir).index()));
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CliJson.write(node) : text(node));
    out.flush();
    return 0;
  }

  /** Years newest first, as a reader scans them (the facet orders them by count). */
  private static Map<String, Long> newestFirst(Map<String, Long> years) {
    Map<String, Long> sorted = new TreeMap<>(Comparator.reverseOrder());
    sorted.putAll(years);
    return sorted;
  }

  private static void putAll(ObjectNode node, Map<String, Long> values) {
    values.forEach(node::put);
  }

  private static String text(ObjectNode node) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "papers: %,d (%,d with abstract, %,d with TL;DR, %,d with an Auto-TLDR, %,d with a"
                + " vector)%n",
            node.get("papers").asLong(),
            node.get("withAbstract").asLong(),
            node.get("withTldr").asLong(),
            node.get("withAutoTldr").asLong(),
            node.get("withVector").asLong()));
    out.append(
        String.format(
            Locale.ROOT,
            "tags: %,d · authors: %,d · index: %,.1f MB%n",
            node.get("tags").asLong(),
            node.get("authors").asLong(),
            node.get("indexBytes").asLong() / 1e6));
    for (String dimension : new String[] {"venues", "years", "decisions"}) {
      StringBuilder line = new StringBuilder(dimension + ":");
      node.get(dimension)
          .properties()
          .forEach(
              e ->
                  line.append(' ')
                      .append(e.getKey())
                      .append(' ')
                      .append(e.getValue().asLong())
                      .append(','));
      out.append(line.substring(0, line.length() - (line.charAt(line.length() - 1) == ',' ? 1 : 0)))
          .append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
