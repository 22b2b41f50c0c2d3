package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.Paper;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/**
 * The queries researchers type most, each a defect found trying PaperScope as a new user: pasted
 * titles, ML words that Porter merged, accents, name variants, aliases, year comparisons, facet
 * values of one dimension, empty results and ids.
 */
class SearchAsTypedTest {
  @TempDir static Path data;
  static LucenePaperSearch searcher;

  static final List<Paper> CORPUS =
      List.of(
          Paper.builder("gat", "Graph Attention Networks")
              .abstractText(
                  "We present graph attention networks, neural network architectures that operate"
                      + " on graph-structured data with masked self-attentional layers, improving"
                      + " on graph convolutions across transductive and inductive benchmarks.")
              .authors(List.of("Petar Veličković", "Yoshua Bengio"))
              .venue("ICLR")
              .year(2018)
              .decision("Poster")
              .build(),
          // Short metadata-only records that BM25 alone ranked above the GAT paper.
          Paper.builder("r1", "Graph Attention Networks for Graphs")
              .venue("ICLR")
              .year(2019)
              .decision("Reject")
              .build(),
          Paper.builder("r2", "Attention Networks on Graph Data")
              .venue("ICLR")
              .year(2020)
              .decision("Reject")
              .build(),
          Paper.builder(
                  "detr",
                  "Deformable DETR: Deformable Transformers for End-to-End Object Detection")
              .abstractText(
                  "DETR has been recently proposed to eliminate hand-designed components.")
              .venue("ICLR")
              .year(2021)
              .decision("Oral")
              .build(),
          Paper.builder("gen1", "Generators that Generate Images")
              .abstractText("Our generator generates images; generated samples are generative.")
              .venue("NeurIPS")
              .year(2017)
              .decision("Poster")
              .build(),
          Paper.builder("gen2", "On the Generalization of Deep Networks")
              .abstractText("We bound the generalization error of deep networks.")
              .authors(List.of("Bernhard Schölkopf", "Quoc V. Le"))
              .venue("NeurIPS")
              .year(2016)
              .decision("Spotlight")
              .build(),
          Paper.builder("tr1", "Transformer Language Models")
              .abstractText("A transformer for language.")
              .authors(List.of("Quoc Le"))
              .venue("ICML")
              .year(2019)
              .decision("Talk")
              .build(),
          Paper.builder("tr2", "Invariance to Transformations")
              .abstractText("Image transformations such as rotations.")
              .authors(List.of("Bernhard Scholkopf"))
              .venue("ICML")
              .year(2010)
              .decision("Withdraw")
              .build(),
          Paper.builder("1706.03762", "Attention Is All You Need")
              .abstractText("The dominant sequence transduction models are recurrent.")
              .venue("NeurIPS")
              .year(2017)
              .decision("Poster")
              .build());

  @BeforeAll
  static void index() throws IOException {
    searcher = TestIndexes.indexed(data, CORPUS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void pastedTitleWithColonIsSearchedNotRefused() throws Exception {
    SearchResult result =
        search("Deformable DETR: Deformable Transformers for End-to-End Object Detection");
    assertThat(ids(result)).first().isEqualTo("detr");
  }

  @Test
  void exactTitleRanksItsPaperFirstAheadOfShortRecordsWithTheSameWords() throws Exception {
    assertThat(ids(search("Graph Attention Networks"))).startsWith("gat");
    assertThat(ids(search("graph attention networks"))).startsWith("gat");
  }

  @Test
  void generalizationDoesNotMatchGenerators() throws Exception {
    assertThat(ids(search("generalization"))).containsExactly("gen2");
    assertThat(ids(search("generators"))).containsExactly("gen1");
  }

  @Test
  void transformerDoesNotMatchTransformations() throws Exception {
    assertThat(ids(search("transformer"))).containsExactlyInAnyOrder("tr1", "detr");
    assertThat(ids(search("transformers"))).containsExactlyInAnyOrder("tr1", "detr");
    assertThat(ids(search("transformations"))).containsExactly("tr2");
  }

  @Test
  void accentsAreFoldedInNamesAndText() throws Exception {
    assertThat(ids(search("author:scholkopf"))).containsExactlyInAnyOrder("gen2", "tr2");
    assertThat(ids(search("author:schölkopf"))).containsExactlyInAnyOrder("gen2", "tr2");
    assertThat(ids(search("author:velickovic"))).containsExactly("gat");
  }

  @Test
  void authorNamesMatchWithOrWithoutMiddleInitials() throws Exception {
    assertThat(ids(search("author:\"quoc le\""))).containsExactlyInAnyOrder("gen2", "tr1");
    assertThat(ids(search("author:\"Quoc V. Le\""))).containsExactlyInAnyOrder("gen2", "tr1");
  }

  @Test
  void venueAndDecisionAliases() throws Exception {
    assertThat(ids(search("venue:nips"))).containsExactlyInAnyOrder("gen1", "gen2", "1706.03762");
    assertThat(ids(search("decision:accepted")))
        .containsExactlyInAnyOrder("gat", "detr", "gen1", "gen2", "tr1", "1706.03762");
    assertThat(ids(search("decision:rejected"))).containsExactlyInAnyOrder("r1", "r2");
    assertThat(ids(search("decision:withdrawn"))).containsExactly("tr2");
    assertThat(ids(search("decision:Poster")))
        .containsExactlyInAnyOrder("gat", "gen1", "1706.03762");
  }

  @Test
  void yearComparisons() throws Exception {
    assertThat(ids(search("year>2019"))).containsExactlyInAnyOrder("r2", "detr");
    assertThat(ids(search("year>=2019"))).containsExactlyInAnyOrder("r1", "r2", "detr", "tr1");
    assertThat(ids(search("year<2016"))).containsExactly("tr2");
    assertThat(ids(search("year:<=2016"))).containsExactlyInAnyOrder("gen2", "tr2");
  }

  @Test
  void valuesOfOneFacetAreOredAndDimensionsAnded() throws Exception {
    SearchResult both =
        searcher.search(
            SearchRequest.builder("")
                .filters(List.of("venue:\"ICLR\"", "venue:\"ICML\""))
                .limit(20)
                .facetLimit(10)
                .build());
    assertThat(both.total()).isEqualTo(6);
    SearchResult narrowed =
        searcher.search(
            SearchRequest.builder("")
                .filters(List.of("venue:\"ICLR\"", "venue:\"ICML\"", "year:2019"))
                .limit(20)
                .facetLimit(10)
                .build());
    assertThat(ids(narrowed)).containsExactlyInAnyOrder("r1", "tr1");
  }

  @Test
  void aFilteredFacetStillCountsItsOtherValues() throws Exception {
    SearchResult result =
        searcher.search(
            SearchRequest.builder("")
                .filters(List.of("venue:\"ICLR\""))
                .limit(0)
                .facetLimit(10)
                .build());
    assertThat(result.total()).isEqualTo(4);
    assertThat(result.facets().get("venue"))
        .containsEntry("ICLR", 4L)
        .containsEntry("NeurIPS", 3L)
        .containsEntry("ICML", 2L);
    assertThat(result.facets().get("year")).doesNotContainKey("2017"); // other dimensions filtered
  }

  @Test
  void expandedFacetReturnsMoreValuesThanTheLimit() throws Exception {
    SearchRequest limited = SearchRequest.builder("").limit(0).facetLimit(2).build();
    assertThat(searcher.search(limited).facets().get("year")).hasSize(2);
    SearchRequest expanded =
        SearchRequest.builder("").limit(0).facetLimit(2).expand(FacetDimension.YEAR).build();
    assertThat(searcher.search(expanded).facets().get("year")).hasSize(7);
    assertThat(searcher.search(expanded).facets().get("venue")).hasSize(2);
  }

  @Test
  void unknownFieldIsTextWithAHintWhenItLooksLikeAField() throws Exception {
    SearchResult result = search("auther:bengio");
    assertThat(ids(result)).containsExactly("gat");
    assertThat(result.notes())
        .extracting(SearchResult.Note::message)
        .anyMatch(m -> m.contains("did you mean author:?"));
    assertThat(result.notes()).extracting(SearchResult.Note::kind).contains("relaxed");
  }

  @Test
  void noPaperWithAllWordsRelaxesToAnyWordWithANote() throws Exception {
    SearchResult result = search("deformable zebras");
    assertThat(ids(result)).containsExactly("detr");
    assertThat(result.notes()).extracting(SearchResult.Note::kind).containsExactly("relaxed");
    assertThat(search("deformable detr").notes()).isEmpty();
  }

  @Test
  void rareWordGetsASpellingSuggestionFromTheIndex() throws Exception {
    SearchResult result = search("generalizaton");
    assertThat(result.total()).isZero();
    assertThat(result.suggestion()).isEqualTo("generalization");
    assertThat(search("generalization").suggestion()).isNull();
  }

  @Test
  void fullTextFieldSaysWhenNoPaperHasFullText() throws Exception {
    SearchResult result = search("text:attention");
    assertThat(result.total()).isZero();
    assertThat(result.notes()).extracting(SearchResult.Note::kind).containsExactly("no-data");
  }

  @Test
  void idsAndLinksGoStraightToThePaper() throws Exception {
    for (String query :
        List.of(
            "1706.03762",
            "arXiv:1706.03762v5",
            "https://arxiv.org/abs/1706.03762",
            "https://arxiv.org/pdf/1706.03762v2.pdf")) {
      SearchResult result = search(query);
      assertThat(result.paperId()).as(query).isEqualTo("1706.03762");
      assertThat(ids(result)).as(query).containsExactly("1706.03762");
    }
    assertThat(search("https://openreview.net/forum?id=detr").paperId()).isEqualTo("detr");
    SearchResult unknown = search("https://arxiv.org/abs/2101.00001");
    assertThat(unknown.total()).isZero();
    assertThat(unknown.notes()).extracting(SearchResult.Note::kind).containsExactly("id");
    assertThat(search("attention").paperId()).isNull();
  }

  @Test
  void queriesAtTheTermLimitRunWithoutPassingLucenesClauseLimit() throws Exception {
    // 256 phrases fan out to 1,536 leaf queries and 256 prefixes to up to 16 words in five fields
    // each: both passed Lucene's default limit of 1,024 clauses (HTTP 500) before.
    String phrases =
        String.join(" OR ", IntStream.range(0, 256).mapToObj(i -> "\"graph w" + i + "\"").toList());
    assertThat(search(phrases).total()).isZero();
    String prefixes =
        String.join(
            " OR ",
            IntStream.range(0, 256)
                .mapToObj(i -> List.of("gr*", "ge*", "tr*", "at*", "de*").get(i % 5))
                .toList());
    assertThat(search(prefixes).total())
        .isEqualTo(search("gr* OR ge* OR tr* OR at* OR de*").total());
  }

  private static SearchResult search(String query) throws Exception {
    return searcher.search(SearchRequest.builder(query).limit(20).facetLimit(10).build());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.paper().id()).toList();
  }
}
