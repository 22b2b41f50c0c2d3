package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperscope.paper.Paper;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QuerySyntax;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.Snippet;
import org.paperscope.search.SortOrder;

class LucenePaperSearchTest {
  @TempDir static Path data;
  static LucenePaperSearch searcher;

  static final List<Paper> CORPUS =
      List.of(
          paper(
              "p1",
              "Graph Attention Networks",
              "We apply data augmentation to graphs with attention.",
              List.of("Petar Velickovic", "Yoshua Bengio"),
              List.of("graph neural networks", "attention"),
              "ICLR",
              2018,
              "Poster",
              7.0,
              "Attention on graphs."),
          paper(
              "p2",
              "Augmenting Data for Vision",
              "Augmentation of data helps; we study augmenting images.",
              List.of("Alice Smith"),
              List.of("data augmentation"),
              "NeurIPS",
              2019,
              "Oral",
              8.0,
              null),
          paper(
              "p3",
              "Reinforcement Learning for Robots",
              "A robot learns to walk with reinforcement learning.",
              List.of("Bob Jones"),
              List.of("reinforcement learning"),
              "ICML",
              2019,
              "Reject",
              3.5,
              null),
          paper(
              "p4",
              "Multi-task Learning at Scale",
              "Multi-task learning shares representations across tasks.",
              List.of("Carol Müller"),
              List.of("multi-task learning"),
              "ICLR",
              2020,
              "Oral",
              6.0,
              null),
          paper(
              "p5",
              "The Cat Sat",
              "The cat sat on the mat, a study of stop words.",
              List.of("Dan Brown"),
              List.of(),
              "ICLR",
              2017,
              "Poster",
              null,
              null),
          paper(
              "p6",
              "Graph Generative Models",
              "Generative models of graphs; no attention here.",
              List.of("Yoshua Bengio"),
              List.of("graph neural networks"),
              "NeurIPS",
              2020,
              "Poster",
              5.0,
              null));

  static Paper paper(
      String id,
      String title,
      String abs,
      List<String> authors,
      List<String> tags,
      String venue,
      int year,
      String decision,
      Double rating,
      String tldr) {
    return Paper.builder(id, title)
        .abstractText(abs)
        .authors(authors)
        .keywords(tags)
        .venue(venue)
        .year(year)
        .decision(decision)
        .rating(rating)
        .tldr(tldr)
        .build();
  }

  @BeforeAll
  static void index() throws IOException {
    searcher = TestIndexes.indexed(data, CORPUS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("graph", "p1 p6"),
        Arguments.of("graphs", "p1 p6"),
        Arguments.of("graph attention", "p1 p6"),
        Arguments.of("\"data augmentation\"", "p1 p2"),
        Arguments.of("augmentation", "p1 p2"),
        Arguments.of("augment*", "p1 p2"),
        Arguments.of("\"augmenting data\"", "p2"),
        Arguments.of("graph -attention", ""),
        Arguments.of("graph NOT generative", "p1"),
        Arguments.of("robot OR cat", "p3 p5"),
        Arguments.of("(robot OR cat) AND walk", "p3"),
        Arguments.of("title:graph", "p1 p6"),
        Arguments.of("abstract:robot", "p3"),
        Arguments.of("author:bengio", "p1 p6"),
        Arguments.of("author:\"yoshua bengio\"", "p1 p6"),
        Arguments.of("author:muller", "p4"),
        Arguments.of("author:\"carol muller\"", "p4"),
        Arguments.of("venue:\"ICLR\" OR venue:nips", "p1 p2 p4 p5 p6"),
        Arguments.of("decision:accepted", "p1 p2 p4 p5 p6"),
        Arguments.of("decision:rejected", "p3"),
        Arguments.of("year>2019", "p4 p6"),
        Arguments.of("author:\"velickovic yoshua\"", ""),
        Arguments.of("author:müller", "p4"),
        Arguments.of("tag:\"data augmentation\"", "p2"),
        Arguments.of("tag:\"Graph Neural Networks\"", "p1 p6"),
        Arguments.of("venue:iclr", "p1 p4 p5"),
        Arguments.of("venue:ICLR year:2018..2020", "p1 p4"),
        Arguments.of("year:2019", "p2 p3"),
        Arguments.of("year:..2018", "p1 p5"),
        Arguments.of("decision:oral", "p2 p4"),
        Arguments.of("id:p3", "p3"),
        Arguments.of("tldr:graphs", "p1"),
        Arguments.of("multi-task", "p4"),
        Arguments.of("\"the cat sat\"", "p5"),
        Arguments.of("\"cat the sat\"", ""),
        Arguments.of("\"sat on the mat\"", "p5"),
        Arguments.of("\"on the mat\"", "p5"),
        Arguments.of("\"the mat\"", "p5"),
        Arguments.of("\"mat the\"", ""),
        Arguments.of("\"the\"", "p5"),
        Arguments.of("\"a study of stop words\"", "p5"),
        Arguments.of("\"study of words\"", ""),
        Arguments.of("\"augmentation of data helps\"", "p2"),
        Arguments.of("\"with attention\"", "p1"),
        Arguments.of("\"no attention\"", "p6"),
        Arguments.of("title:\"the cat\"", "p5"),
        Arguments.of("abstract:\"the cat\"", "p5"),
        Arguments.of("tldr:\"the cat\"", ""),
        Arguments.of("of*", "p2 p5 p6"),
        Arguments.of("stud*", "p2 p5"),
        Arguments.of("NOT venue:iclr", "p2 p3 p6"),
        Arguments.of("", "p1 p2 p3 p4 p5 p6"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("queries")
  void queryMatchesExactlyTheExpectedPapers(String query, String expected) throws Exception {
    SearchResult result =
        searcher.search(SearchRequest.builder(query).limit(100).facetLimit(10).build());
    List<String> ids = result.hits().stream().map(h -> h.paper().id()).sorted().toList();
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
    assertThat(ids).containsExactlyElementsOf(want);
    assertThat(result.total()).isEqualTo(want.size());
  }

  @Test
  void totalIsExactBeyondThePage() throws Exception {
    SearchResult result =
        searcher.search(SearchRequest.builder("").offset(2).limit(2).facetLimit(10).build());
    assertThat(result.total()).isEqualTo(6);
    assertThat(result.hits()).hasSize(2);
  }

  @Test
  void textModeReadsNaturalLanguageAsAnyWordWithoutSyntaxFacetsOrSnippets() throws Exception {
    SearchResult keyword = searcher.search(SearchRequest.builder("graph OR robot").build());
    // "title:(graph" would be malformed as a query; as text it is two words.
    SearchResult text =
        searcher.search(
            SearchRequest.builder("title:(graph \"robot").syntax(QuerySyntax.PLAIN_TEXT).build());
    assertThat(text.total()).isEqualTo(keyword.total()).isPositive();
    assertThat(text.hits())
        .extracting(h -> h.paper().id())
        .containsExactlyInAnyOrderElementsOf(
            keyword.hits().stream().map(h -> h.paper().id()).toList());
    assertThat(text.facets()).isEmpty();
    assertThat(text.hits()).allSatisfy(h -> assertThat(h.snippets()).isEmpty());
    assertThat(text.hits())
        .extracting(SearchResult.Hit::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aRequestBuilderStartsFromTheDefaultsAndRejectsNegativePages() {
    SearchRequest request = SearchRequest.builder("q").build();
    assertThat(request)
        .isEqualTo(
            new SearchRequest(
                "q",
                List.of(),
                SortOrder.RELEVANCE,
                0,
                10,
                20,
                null,
                SearchMode.AUTO,
                QuerySyntax.LANGUAGE));
    assertThat(request.toBuilder().limit(5).build().limit()).isEqualTo(5);
    assertThatThrownBy(() -> SearchRequest.builder("q").offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void facetsCountTheWholeMatchSet() throws Exception {
    SearchResult result =
        searcher.search(SearchRequest.builder("graph OR robot").limit(1).facetLimit(10).build());
    assertThat(result.facets().get("venue"))
        .containsExactly(
            java.util.Map.entry("ICLR", 1L),
            java.util.Map.entry("ICML", 1L),
            java.util.Map.entry("NeurIPS", 1L));
    assertThat(result.facets().get("author")).containsEntry("Yoshua Bengio", 2L);
    assertThat(result.facets().get("tag")).containsEntry("graph neural network", 2L);
  }

  @Test
  void filtersNarrowTheMatches() throws Exception {
    SearchResult result =
        searcher.search(
            SearchRequest.builder("graph")
                .filters(List.of("venue:NeurIPS"))
                .facetLimit(10)
                .build());
    assertThat(result.hits()).extracting(h -> h.paper().id()).containsExactly("p6");
  }

  @Test
  void sortByYearPutsNewestFirstAndBreaksTiesById() throws Exception {
    SearchResult result =
        searcher.search(SearchRequest.builder("").sort(SortOrder.YEAR).facetLimit(0).build());
    assertThat(result.hits())
        .extracting(h -> h.paper().id())
        .containsExactly("p4", "p6", "p2", "p3", "p1", "p5");
  }

  @Test
  void sortByRatingPutsUnratedLast() throws Exception {
    SearchResult result =
        searcher.search(SearchRequest.builder("").sort(SortOrder.RATING).facetLimit(0).build());
    assertThat(result.hits())
        .extracting(h -> h.paper().id())
        .containsExactly("p2", "p1", "p4", "p6", "p3", "p5");
  }

  @Test
  void titleMatchesOutrankAbstractMatches() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("attention"));
    assertThat(result.hits().get(0).paper().id()).isEqualTo("p1");
  }

  @Test
  void snippetsMarkPhraseMatches() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("\"data augmentation\""));
    Snippet snippet =
        result.hits().stream()
            .filter(h -> h.paper().id().equals("p1"))
            .findFirst()
            .orElseThrow()
            .snippets()
            .get(0);
    assertThat(snippet.field()).isEqualTo("abstract");
    assertThat(snippet.marked("[", "]"))
        .isEqualTo("We apply [data augmentation] to graphs with attention.");
  }

  @Test
  void snippetsMarkEveryWordWithTheSameLightStem() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("augment"));
    Snippet snippet =
        result.hits().stream()
            .filter(h -> h.paper().id().equals("p2"))
            .findFirst()
            .orElseThrow()
            .snippets()
            .get(0);
    assertThat(snippet.marked("[", "]"))
        .isEqualTo("Augmentation of data helps; we study [augmenting] images.");
  }

  @Test
  void negatedWordsAreNotHighlighted() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("graph NOT generative"));
    assertThat(result.hits().get(0).snippets())
        .allSatisfy(s -> assertThat(s.text()).doesNotContain("Generative"));
  }

  @Test
  void malformedQueryReportsPosition() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("graph AND (attention")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unclosed parenthesis")
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(10));
  }

  @Test
  void broadPrefixIsRefusedWithTheLimit() {
    QueryLimits tight = new QueryLimits(4096, 256, 32, 3, 2);
    assertThatThrownBy(
            () -> {
              try (LucenePaperSearch small = LucenePaperSearch.open(data, tight)) {
                small.search(SearchRequest.of("gr*"));
              }
            })
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("matches more than 3 words");
  }

  @Test
  void showsAPaperById() throws Exception {
    assertThat(searcher.paper("p4"))
        .get()
        .extracting(Paper::title)
        .isEqualTo("Multi-task Learning at Scale");
    assertThat(searcher.paper("nope")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("matchSets")
  void forEachMatchPassesTheWholeMatchSetInSearchOrderWhateverTheBatch(
      String query, List<String> filters, SortOrder sort) throws Exception {
    SearchRequest all =
        SearchRequest.builder(query)
            .filters(filters)
            .sort(sort)
            .limit(CORPUS.size())
            .facetLimit(0)
            .build();
    List<String> expected = ids(searcher.search(all).hits().stream().map(h -> h.paper()).toList());
    for (int batch : new int[] {1, 2, 3, 100}) {
      List<Paper> passed = new java.util.ArrayList<>();
      long count = searcher.forEachMatch(all, passed::add, batch);
      assertThat(ids(passed)).as("batch %d", batch).isEqualTo(expected);
      assertThat(count).isEqualTo(expected.size());
    }
    SearchRequest skipped =
        SearchRequest.builder(query)
            .filters(filters)
            .sort(sort)
            .offset(1)
            .limit(0)
            .facetLimit(0)
            .build();
    List<Paper> rest = new java.util.ArrayList<>();
    searcher.forEachMatch(skipped, rest::add, 2);
    assertThat(ids(rest))
        .isEqualTo(expected.subList(Math.min(1, expected.size()), expected.size()));
  }

  static Stream<Arguments> matchSets() {
    return Stream.of(
        Arguments.of("", List.of(), SortOrder.YEAR),
        Arguments.of("graph", List.of(), SortOrder.RELEVANCE),
        Arguments.of("", List.of("venue:ICLR"), SortOrder.RATING),
        Arguments.of("id:p4", List.of(), SortOrder.RELEVANCE),
        Arguments.of("graph robots", List.of(), SortOrder.RELEVANCE)); // no paper has both words
  }

  @Test
  void forEachMatchRefusesAMalformedQuery() {
    assertThatThrownBy(() -> searcher.forEachMatch(SearchRequest.of("(graph"), p -> {}))
        .isInstanceOf(QuerySyntaxException.class);
  }

  private static List<String> ids(List<Paper> papers) {
    return papers.stream().map(Paper::id).toList();
  }
}
