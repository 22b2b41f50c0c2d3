package org.paperscope.web;

import java.io.IOException;
import java.util.regex.Pattern;
import org.paperscope.paper.AuthorNames;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/** The searches the web layer runs, with errors turned into what a request can report. */
final class Searches {
  /** The query language's quote characters, straight and typographic ({@code QueryLexer}). */
  private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D\u201E]");

  private Searches() {}

  /**
   * Runs a search.
   *
   * @throws MalformedSearchException naming {@code q} or {@code filter} as the bad parameter
   */
  static SearchResult run(PaperSearch searcher, SearchRequest request)
      throws MalformedSearchException, IOException {
    try {
      return searcher.search(request);
    } catch (QuerySyntaxException e) {
      throw new MalformedSearchException(blame(searcher, request), e);
    }
  }

  /**
   * The papers whose author list holds {@code name} written any way with the same {@link
   * AuthorNames#key} (accents, case, punctuation and middle initials aside), newest first, then by
   * title; at most {@code cap} ({@link PaperSearch#byAuthor}).
   */
  static AuthorPapers byAuthor(PaperSearch searcher, String name, int cap) throws IOException {
    return AuthorPapers.of(name, AuthorNames.key(name), searcher.byAuthor(name, cap));
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
