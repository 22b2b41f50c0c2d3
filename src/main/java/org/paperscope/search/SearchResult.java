package org.paperscope.search;

import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total exact number of papers matching query and filters (never a lower bound)
 * @param hits the requested page, in order
 * @param facets per dimension (venue, year, tag, decision, author), value to count over the whole
 *     match set, by count descending then value; iteration order is meaningful. A dimension that
 *     has filters is counted without its own filters, so its other values can be added to them
 * @param notes what the search did differently from what was typed, for the user; never null
 * @param suggestion a corrected query ("did you mean") when this one found little, else null
 * @param paperId the id of the paper the query named (an arXiv id or URL, an OpenReview link, a DOI
 *     or a paper id); the hits are then that paper alone. Null otherwise
 * @param mode the mode that ran: never {@link SearchMode#AUTO}
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<String, Map<String, Long>> facets,
    List<Note> notes,
    String suggestion,
    String paperId,
    SearchMode mode) {

  public SearchResult {
    notes = List.copyOf(notes == null ? List.of() : notes);
    mode = mode == null || mode == SearchMode.AUTO ? SearchMode.KEYWORD : mode;
  }

  /** A keyword result without notes, suggestion or named paper. */
  public SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    this(total, hits, facets, List.of(), null, null, SearchMode.KEYWORD);
  }

  /** This result as found by another mode. */
  public SearchResult withMode(SearchMode value) {
    return new SearchResult(total, hits, facets, notes, suggestion, paperId, value);
  }

  /**
   * One hit: the paper, its score (NaN when not sorted by relevance), its snippets, its generated
   * TL;DR (null when it has none yet) and how many public community summaries it has.
   */
  public record Hit(
      Paper paper, float score, List<Snippet> snippets, String autoTldr, int summaries) {
    /** Without a generated TL;DR nor summaries. */
    public Hit(Paper paper, float score, List<Snippet> snippets) {
      this(paper, score, snippets, null, 0);
    }

    /** Without summaries. */
    public Hit(Paper paper, float score, List<Snippet> snippets, String autoTldr) {
      this(paper, score, snippets, autoTldr, 0);
    }
  }

  /**
   * Something the user should know about how the query was read.
   *
   * @param kind {@code field} (a {@code word:} that is no field was searched as words), {@code
   *     relaxed} (no paper had every word, so papers with any are shown), {@code no-data} (a field
   *     the query names is empty in this index)
   * @param message one sentence for the user
   */
  public record Note(String kind, String message) {}
}
