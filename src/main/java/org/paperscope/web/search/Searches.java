package org.paperscope.web.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.web.MalformedSearchException;

/** The searches the web layer runs, with errors turned into what a request can report. */
public final class Searches {
  /** The query language's quote characters, straight and typographic ({@code QueryLexer}). */
  private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D\u201E]");

  private Searches() {}

  /**
   * Runs a search.
   *
   * @throws MalformedSearchException naming {@code q} or {@code filter} as the bad parameter
   */
  public static SearchResult run(PaperSearch searcher, SearchRequest request)
      throws MalformedSearchException, IOException {
    try {
      return searcher.search(request);
    } catch (QuerySyntaxException e) {
      throw new MalformedSearchException(blame(searcher, request), e);
    }
  }

  /** Reruns the query alone (error path only) to tell whether it or a filter is malformed. */
  private static String blame(PaperSearch searcher, SearchRequest request) throws IOException {
    if (request.filters().isEmpty()) {
      return "q";
    }
    try {
      searcher.search(
          SearchRequest.builder(request.query())
              .sort(request.sort())
              .limit(0)
              .facetLimit(0)
              .build());
      return "filter";
    } catch (QuerySyntaxException e) {
      return "q";
    }
  }
}
