package org.paperscope.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Paper;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchResult;
import org.paperscope.tags.TagNames;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.WebLimits;

class ResultsPageTest {
  private static final SearchParams PARAMS = SearchParams.typed("graph", List.of());

  @Test
  void exportNoteSaysAFileHoldsAtMostTheCapWhenMoreMatch() {
    ResultsPage big =
        ResultsPage.of(
            PARAMS,
            new SearchResult(20_090, List.of(), Map.of()),
            0,
            WebLimits.DEFAULTS,
            10,
            TagNames.NONE,
            Messages.ENGLISH);
    assertThat(big.exportNote())
        .isEqualTo(
            "Each file holds at most 1,000 of the 20,090 papers: add offset=1000 for the next ones,"
                + " or write them all with paperscope export.");
    assertThat(big.exports()).extracting(Link::text).contains("BibTeX", "RIS", "CSV", "JSON");
    ResultsPage small =
        ResultsPage.of(
            PARAMS,
            new SearchResult(1_000, List.of(), Map.of()),
            0,
            WebLimits.DEFAULTS,
            10,
            TagNames.NONE,
            Messages.ENGLISH);
    assertThat(small.exportNote()).isNull();
  }

  private static final SearchResult.Hit HIT =
      new SearchResult.Hit(Paper.builder("x/1", "On $k$-means").build(), 1f, List.of());

  private static ResultsPage page(SearchParams params, SearchResult result, int embedded) {
    return ResultsPage.of(
        params, result, embedded, WebLimits.DEFAULTS, 10, TagNames.NONE, Messages.ENGLISH);
  }

  private static SearchResult found(long total, SearchMode mode) {
    return new SearchResult(total, List.of(HIT), Map.of()).withMode(mode);
  }

  @Test
  void withoutEmbeddingsNeitherModesNorSimilarLinksAreOffered() {
    ResultsPage page = page(PARAMS, found(1, SearchMode.KEYWORD), 0);
    assertThat(page.modes()).isEqualTo(ResultModes.NONE);
    assertThat(page.hits()).singleElement().satisfies(h -> assertThat(h.similar()).isNull());
    ResultsPage asked = page(PARAMS.withMode(SearchMode.SEMANTIC), found(1, SearchMode.KEYWORD), 0);
    assertThat(asked.modes().options()).isEmpty();
    assertThat(asked.modes().note()).startsWith("Search by meaning is not available yet");
  }

  @Test
  void withEmbeddingsEveryHitLinksToItsSimilarPapersAndBothIsTheDefault() {
    ResultsPage page = page(PARAMS, found(1, SearchMode.HYBRID), 5);
    HitView hit = page.hits().getFirst();
    assertThat(hit.similar())
        .isEqualTo(new Link("Papers similar to On k-means", "/papers/x%2F1#similar"));
    assertThat(page.modes().options())
        .extracting(ResultModes.Option::label, ResultModes.Option::href)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Words", "/search?q=graph&mode=keyword"),
            org.assertj.core.groups.Tuple.tuple("Meaning", "/search?q=graph&mode=semantic"),
            org.assertj.core.groups.Tuple.tuple("Both", "/search?q=graph"));
    assertThat(page.modes().options())
        .filteredOn(ResultModes.Option::current)
        .extracting(ResultModes.Option::label)
        .containsExactly("Both");
    assertThat(page.modes().note()).isNull();
    assertThat(page.layout().mode()).isEmpty();
  }

  @Test
  void aSearchByMeaningSaysWhatItsCountMeansAndTheHeaderSearchKeepsTheMode() {
    ResultsPage page =
        page(PARAMS.withMode(SearchMode.SEMANTIC), found(100, SearchMode.SEMANTIC), 5);
    assertThat(page.summary()).isEqualTo("100 results");
    assertThat(page.modes().note())
        .isEqualTo(
            "Searched by meaning: the 100 papers nearest in meaning to your query that pass the"
                + " filters. A search by meaning stops there, so this is not every paper on the"
                + " subject.");
    assertThat(page(PARAMS, found(7, SearchMode.SEMANTIC), 5).modes().note())
        .isEqualTo("Searched by meaning: 7 papers pass the filters, and all are listed.");
    assertThat(page.modes().meaningHref()).isNull();
    assertThat(page.modes().options())
        .filteredOn(ResultModes.Option::current)
        .extracting(ResultModes.Option::label)
        .containsExactly("Meaning");
    assertThat(page.layout().mode()).isEqualTo("semantic");
    assertThat(page.pager()).isNotNull();
    assertThat(page.pager().next()).isEqualTo("/search?q=graph&mode=semantic&offset=20");
  }

  @Test
  void fewOrNoPapersFoundByWordsOfferTheSameSearchByMeaning() {
    SearchResult none = new SearchResult(0, List.of(), Map.of()).withMode(SearchMode.HYBRID);
    assertThat(page(PARAMS, none, 5).modes().meaningHref())
        .isEqualTo("/search?q=graph&mode=semantic");
    assertThat(page(PARAMS, found(4, SearchMode.HYBRID), 5).modes().meaningHref()).isNotNull();
    // Hybrid ran as keyword: the query has no words to embed (tag:, year:) or a sort other than
    // relevance asked for none.
    assertThat(page(PARAMS, found(4, SearchMode.KEYWORD), 5).modes().meaningHref()).isNull();
    SearchParams byWords = PARAMS.withMode(SearchMode.KEYWORD);
    assertThat(page(byWords, found(4, SearchMode.KEYWORD), 5).modes().meaningHref()).isNotNull();
    assertThat(page(PARAMS, found(5, SearchMode.HYBRID), 5).modes().meaningHref()).isNull();
    SearchResult relaxed =
        new SearchResult(
            50,
            List.of(HIT),
            Map.of(),
            List.of(new SearchResult.Note("relaxed", "No paper has all of these words.")),
            null,
            null,
            SearchMode.HYBRID);
    assertThat(page(PARAMS, relaxed, 5).modes().meaningHref()).isNotNull();
    assertThat(page(PARAMS, none, 0).modes().meaningHref()).isNull();
  }

  @Test
  void anEmptyQueryOffersNoModesAndMeaningWithoutWordsToEmbedSaysSo() {
    SearchResult all = found(30, SearchMode.KEYWORD);
    assertThat(page(SearchParams.typed("", List.of()), all, 5).modes()).isEqualTo(ResultModes.NONE);
    SearchParams tagOnly =
        SearchParams.typed("tag:\"graph\"", List.of()).withMode(SearchMode.SEMANTIC);
    ResultModes modes = page(tagOnly, all, 5).modes();
    assertThat(modes.note()).startsWith("Search by meaning needs words to search for");
    assertThat(modes.options()).hasSize(3);
  }

  @Test
  void hitsFoundByMeaningAreNotMarkedAsIfFoundByWords() {
    Paper paper = Paper.builder("m", "Meta").abstractText("We adapt quickly.").build();
    SearchResult.Hit hit =
        new SearchResult.Hit(
            paper,
            1f,
            List.of(
                new org.paperscope.search.Snippet(
                    "abstract",
                    "We adapt quickly.",
                    List.of(new org.paperscope.search.Snippet.Highlight(3, 8)))));
    SearchResult byMeaning =
        new SearchResult(1, List.of(hit), Map.of()).withMode(SearchMode.SEMANTIC);
    assertThat(page(PARAMS, byMeaning, 5).hits().getFirst().abstractText().pieces())
        .noneMatch(MarkedText.Piece::marked);
    SearchResult byWords = new SearchResult(1, List.of(hit), Map.of()).withMode(SearchMode.HYBRID);
    assertThat(page(PARAMS, byWords, 5).hits().getFirst().abstractText().pieces())
        .anyMatch(MarkedText.Piece::marked);
  }
}
