package org.paperscope.web.search;

import java.util.List;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchResult;
import org.paperscope.web.Messages;

/**
 * The search modes a results page offers (Words, Meaning, Both) and what it says about the one that
 * ran.
 *
 * @param options Words, Meaning and Both as links, the chosen one marked; empty when no paper has
 *     an embedding
 * @param note what the count means when the search ran by meaning, or that it could not; {@code
 *     null} when there is nothing to say
 * @param meaningHref the same search by meaning, offered when words found few papers or none; else
 *     {@code null}
 */
public record ResultModes(List<Option> options, String note, String meaningHref) {
  /** No modes offered and nothing said (a search that could not run). */
  public static final ResultModes NONE = new ResultModes(List.of(), null, null);

  /**
   * Below this many papers found by words (as the search's spelling suggestion), or when no paper
   * had every word, the page offers the same search by meaning.
   */
  static final int FEW_RESULTS = 5;

  public ResultModes {
    options = List.copyOf(options);
  }

  /**
   * A search mode and the link that searches that way.
   *
   * @param label the mode's short name ("Meaning")
   * @param title what it does, in a sentence, for the link's tooltip
   * @param href the same search in this mode, on its first page
   * @param current whether this is the mode asked for
   */
  public record Option(String label, String title, String href, boolean current) {}

  /**
   * The modes for a search that ran.
   *
   * @param embedded papers with an embedding; without any, no mode is offered
   */
  static ResultModes of(SearchParams params, SearchResult result, int embedded, Messages messages) {
    if (embedded == 0) {
      boolean wantsMeaning =
          params.mode() == SearchMode.SEMANTIC || params.mode() == SearchMode.HYBRID;
      String note = wantsMeaning ? messages.get("results.mode.unavailable") : null;
      return new ResultModes(List.of(), note, null);
    }
    if (params.query().isBlank()) {
      return NONE; // every paper, or those the filters keep: there is nothing to search for
    }
    List<Option> options = options(params, messages);
    if (result.mode() == SearchMode.SEMANTIC) {
      return new ResultModes(options, semanticNote(result.total(), messages), null);
    }
    if (params.mode() == SearchMode.SEMANTIC) {
      return new ResultModes(options, messages.get("results.mode.no-text"), null);
    }
    return new ResultModes(options, null, offersMeaning(params, result) ? meaning(params) : null);
  }

  /**
   * Whether to offer the same search by meaning: words found few papers or none, and the query has
   * words to embed (hybrid ran, which embeds them) or the user chose words alone.
   */
  private static boolean offersMeaning(SearchParams params, SearchResult result) {
    boolean poor =
        result.total() < FEW_RESULTS
            || result.notes().stream().anyMatch(n -> n.kind().equals("relaxed"));
    return poor && (result.mode() == SearchMode.HYBRID || params.mode() == SearchMode.KEYWORD);
  }

  private static String meaning(SearchParams params) {
    return SearchLinks.withMode(params, SearchMode.SEMANTIC);
  }

  /**
   * What a search by meaning counts: the nearest {@link SearchMode#SEMANTIC_DEPTH} papers, or all
   * that pass the filters when fewer do.
   */
  private static String semanticNote(long total, Messages messages) {
    return total >= SearchMode.SEMANTIC_DEPTH
        ? messages.get("results.mode.semantic.nearest", total)
        : messages.get("results.mode.semantic.all", total);
  }

  /** Words, Meaning, Both; Both is the default (hybrid once papers have embeddings). */
  private static List<Option> options(SearchParams params, Messages messages) {
    SearchMode chosen = params.mode() == SearchMode.HYBRID ? SearchMode.AUTO : params.mode();
    return List.of(
        option(
            params,
            SearchMode.KEYWORD,
            chosen,
            messages.get("mode.keyword"),
            messages.get("mode.keyword.title")),
        option(
            params,
            SearchMode.SEMANTIC,
            chosen,
            messages.get("mode.semantic"),
            messages.get("mode.semantic.title")),
        option(
            params,
            SearchMode.AUTO,
            chosen,
            messages.get("mode.hybrid"),
            messages.get("mode.hybrid.title")));
  }

  private static Option option(
      SearchParams params, SearchMode mode, SearchMode chosen, String label, String title) {
    return new Option(label, title, SearchLinks.withMode(params, mode), mode == chosen);
  }
}
