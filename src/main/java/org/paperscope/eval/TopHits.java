package org.paperscope.eval;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/**
 * The first page of a query as the search box runs it, or the refusal when PaperScope will not run
 * it. Immutable.
 *
 * @param query the query text as typed
 * @param papers the hits, best first, at most {@link #DEPTH}; empty when refused
 * @param refusal the {@link QuerySyntaxException#describe() reason} the query was refused, or null
 */
record TopHits(String query, List<Paper> papers, String refusal) {
  /** Every metric of the search evaluations stops at rank 10. */
  static final int DEPTH = 10;

  TopHits {
    papers = List.copyOf(papers);
  }

  /**
   * Runs {@code query} by relevance, without filters, for the first {@link #DEPTH} hits.
   *
   * @throws IOException when the index cannot be read
   */
  static TopHits search(PaperSearch searcher, String query) throws IOException {
    return search(searcher, query, DEPTH);
  }

  /** Runs {@code query} like {@link #search(PaperSearch, String)} for the first {@code depth}. */
  static TopHits search(PaperSearch searcher, String query, int depth) throws IOException {
    SearchResult result;
    try {
      result = searcher.search(SearchRequest.builder(query).limit(depth).facetLimit(0).build());
    } catch (QuerySyntaxException e) {
      return new TopHits(query, List.of(), e.describe());
    }
    return new TopHits(query, result.hits().stream().map(SearchResult.Hit::paper).toList(), null);
  }

  /** These hits without those {@code keep} rejects, at most {@link #DEPTH}. */
  TopHits only(Predicate<Paper> keep) {
    return new TopHits(query, papers.stream().filter(keep).limit(DEPTH).toList(), refusal);
  }

  /** The first {@link #DEPTH} hits. */
  TopHits firstPage() {
    return new TopHits(query, papers.subList(0, Math.min(DEPTH, papers.size())), refusal);
  }

  boolean refused() {
    return refusal != null;
  }

  /** The ids of the hits, best first. */
  List<String> ids() {
    return papers.stream().map(Paper::id).toList();
  }

  /** 1-based rank of the paper with this id among the hits, or 0 when it is not among them. */
  int rankOf(String id) {
    return ids().indexOf(id) + 1;
  }

  /** "«title» [id]" of the first hit, "no hits", or "refused: reason", for example lists. */
  String firstDescribed() {
    if (refused()) {
      return "refused: " + refusal;
    }
    return papers.isEmpty() ? "no hits" : described(papers.get(0));
  }

  static String described(Paper paper) {
    return "«" + paper.title() + "» [" + paper.id() + "]";
  }
}
