package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SearchResultJson;
import org.paperscope.search.Snippet;
import org.paperscope.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperscope search QUERY}: prints "N results" and a page of hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Searches the papers: words, \"phrases\", AND OR NOT, fields (title:, year:2019 …).",
    description = {
      "Query language:",
      "  words (all must match)   \"exact phrase\"   AND OR NOT -word ( )   prefix*",
      "  fields: title: author: abstract: tldr: text: refs: tag: venue: decision:",
      "          id: year:2019 year:2018..2020 year>2018"
    })
final class SearchCommand implements Callable<Integer> {
  /** The API caps page size the same way. */
  static final int MAX_LIMIT = 1000;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query (several words are joined).")
  List<String> query;

  @Option(
      names = "--filter",
      paramLabel = "QUERY",
      description = "Also require this query, e.g. venue:ICLR (repeatable).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--sort", description = "relevance, year or rating. Default: ${DEFAULT-VALUE}.")
  String sort = "relevance";

  @Option(
      names = "--limit",
      description = "Hits per page (max " + MAX_LIMIT + "). Default: ${DEFAULT-VALUE}.")
  int limit = 10;

  @Option(names = "--offset", description = "Hits to skip. Default: ${DEFAULT-VALUE}.")
  int offset = 0;

  @Option(
      names = "--facets",
      description = "Values per facet in --json output. Default: ${DEFAULT-VALUE}.")
  int facetLimit = 10;

  @Option(
      names = "--mode",
      description =
          "keyword (words), semantic (meaning: the "
              + SearchMode.SEMANTIC_DEPTH
              + " nearest papers), hybrid (the keyword matches ranked by words and meaning) or auto"
              + " (hybrid once papers have vectors). Default: ${DEFAULT-VALUE}.")
  String mode = "auto";

  @Option(names = "--json", description = "Print JSON: total, mode, hits, facets.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    SearchResult result;
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      result = searcher.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CliJson.write(SearchResultJson.of(result)));
    } else {
      printText(out, result);
    }
    out.flush();
    return 0;
  }

  private SearchRequest request() {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new CliErrors.UsageException("--limit must be between 0 and " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new CliErrors.UsageException("--offset must be 0 or more");
    }
    SortOrder order;
    try {
      order = SortOrder.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--sort: " + e.getMessage());
    }
    SearchMode chosen =
        SearchMode.parse(mode)
            .orElseThrow(
                () ->
                    new CliErrors.UsageException(
                        "--mode: '" + mode + "' is not one of auto, keyword, semantic, hybrid"));
    return SearchRequest.builder(String.join(" ", query))
        .mode(chosen)
        .filters(filters)
        .sort(order)
        .offset(offset)
        .limit(limit)
        .facetLimit(facetLimit)
        .build();
  }

  /** Most authors listed on a hit's line; the rest are counted ("… and 12 more"). */
  private static final int SHOWN_AUTHORS = 6;

  static String authorLine(List<String> authors) {
    if (authors.size() <= SHOWN_AUTHORS) {
      return String.join(", ", authors);
    }
    return String.join(", ", authors.subList(0, SHOWN_AUTHORS))
        + " … and "
        + (authors.size() - SHOWN_AUTHORS)
        + " more";
  }

  private void printText(PrintWriter out, SearchResult result) {
    out.printf(
        Locale.ROOT,
        "%,d result%s%s%n",
        result.total(),
        result.total() == 1 ? "" : "s",
        result.mode() == SearchMode.SEMANTIC ? " (the papers nearest in meaning)" : "");
    for (SearchResult.Note note : result.notes()) {
      out.println("Note: " + note.message());
    }
    if (result.suggestion() != null) {
      out.println("Did you mean: " + result.suggestion());
    }
    int rank = offset;
    for (SearchResult.Hit hit : result.hits()) {
      out.println();
      out.printf(
          Locale.ROOT, "%d. %s  [%s]%n", ++rank, PaperText.title(hit.paper()), hit.paper().id());
      if (!hit.paper().authors().isEmpty()) {
        out.println("   " + authorLine(hit.paper().authors()));
      }
      String line = hit.paper().venueLine();
      if (!line.isEmpty()) {
        out.println("   " + line);
      }
      out.println("   " + PaperText.tldrLine(hit.paper(), hit.autoTldr()));
      for (Snippet snippet : hit.snippets()) {
        String where = snippet.page() == null ? snippet.field() : snippet.location();
        out.println("   " + where + " — " + PaperText.marked(snippet, "**"));
      }
    }
  }
}
