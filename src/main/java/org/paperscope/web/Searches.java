package org.paperscope.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.paperscope.paper.AuthorNames;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;

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
   * title; at most {@code cap}. The {@code author:} query matches words in order, which can also
   * match a longer name or span two authors, so hits are checked against the key.
   */
  static AuthorPapers byAuthor(PaperSearch searcher, String name, int cap) throws IOException {
    // The phrase only gathers candidates; the key below decides. A double quote cannot be written
    // in a phrase, and the analyzer drops it anyway, so it becomes a space.
    FacetFilter filter = FacetFilter.of("author", QUOTES.matcher(name).replaceAll(" "));
    String key = AuthorNames.key(name);
    if (filter == null || key.isBlank()) {
      return AuthorPapers.of(name, key, List.of());
    }
    SearchRequest request =
        SearchRequest.builder(filter.query()).sort(SortOrder.YEAR).limit(cap).facetLimit(0).build();
    List<Paper> out = new ArrayList<>();
    try {
      for (SearchResult.Hit hit : searcher.search(request).hits()) {
        if (hit.paper().authors().stream().anyMatch(a -> AuthorNames.key(a).equals(key))) {
          out.add(hit.paper());
        }
      }
    } catch (QuerySyntaxException e) {
      return AuthorPapers.of(name, key, List.of()); // only stop words or punctuation: no one
    }
    out.sort(
        Comparator.comparing((Paper p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
            .reversed()
            .thenComparing(Paper::title)
            .thenComparing(Paper::id));
    return AuthorPapers.of(name, key, out);
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
