package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SimilarPapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope similar ID}: the papers nearest in meaning to one paper, each with its TL;DR
 * and what the two share.
 */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the papers most similar in meaning to one paper (never the paper itself nor another"
          + " version with its title), each with its TL;DR and what the two share.",
      "Exit status: 0 listed, 1 no such paper or no vector yet, 2 usage error."
    })
final class SimilarCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The paper's id.")
  String id;

  @Option(
      names = "--limit",
      description =
          "Papers to list (1-" + SimilarPapers.MAX_LIMIT + "). Default: ${DEFAULT-VALUE}.")
  int limit = SimilarPapers.DEFAULT_LIMIT;

  @Option(names = "--json", description = "Print JSON: id and the similar papers.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > SimilarPapers.MAX_LIMIT) {
      throw new CliErrors.UsageException(
          "--limit must be between 1 and " + SimilarPapers.MAX_LIMIT);
    }
    Optional<SimilarPapers> found;
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      found = searcher.similar(id, limit);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (found.isEmpty()) {
      err.println("paperscope similar: no paper with id '" + id + "'");
      return PaperScopeCommand.EXIT_FAILURE;
    }
    if (!found.get().embedded()) {
      err.println(
          "paperscope similar: '"
              + id
              + "' has no vector yet; run 'paperscope enrich' (or wait for the running one)");
      return PaperScopeCommand.EXIT_FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CliJson.write(toJson(found.get())) : text(found.get()));
    out.flush();
    return 0;
  }

  /**
   * {@code {"id","similar":[{"id","title","score","reason","tldr","tldrSource","autoTldr"?}]}}:
   * {@code tldr} the author's, else the generated one, {@code tldrSource} which.
   */
  static ObjectNode toJson(SimilarPapers similar) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("id", similar.paper().id());
    ArrayNode list = node.putArray("similar");
    for (SimilarPapers.Similar one : similar.similar()) {
      ObjectNode item = list.addObject();
      item.put("id", one.paper().id());
      item.put("title", one.paper().title());
      item.put("score", Math.round(one.score() * 1000) / 1000.0);
      item.put("reason", one.reason());
      ObjectNode withTldr = PaperJson.toNode(one.paper(), one.autoTldr());
      item.set("tldr", withTldr.get("tldr"));
      item.set("tldrSource", withTldr.get("tldrSource"));
      if (one.autoTldr() != null) {
        item.put("autoTldr", one.autoTldr());
      }
    }
    return node;
  }

  private static String text(SimilarPapers similar) {
    StringBuilder out = new StringBuilder();
    out.append("Similar to: ").append(PaperText.title(similar.paper())).append('\n');
    int rank = 1;
    for (SimilarPapers.Similar one : similar.similar()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n%2d. %s  [%s]  %.2f%n",
              rank++,
              PaperText.title(one.paper()),
              one.paper().id(),
              one.score()));
      String venue = one.paper().venueLine();
      if (!venue.isEmpty()) {
        out.append("    ").append(venue).append('\n');
      }
      if (!one.reason().isEmpty()) {
        out.append("    shares ").append(one.reason()).append('\n');
      }
      if (one.paper().tldr() != null || one.autoTldr() != null) {
        out.append("    ").append(PaperText.tldrLine(one.paper(), one.autoTldr())).append('\n');
      }
    }
    return out.toString().stripTrailing();
  }
}
