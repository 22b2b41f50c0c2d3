package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paperscope.data.DataDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/**
 * Search on the demo corpus (../shared/data, 20,090 papers), as {@code paperscope demo} builds it:
 * the defects found on this corpus trying PaperScope as a new user. Its evaluation figures are
 * pinned in src/main/resources/eval/regressions/search-quality-demo.yaml ({@link RegressionsIT}).
 */
@Tag("slow")
@ExtendWith({SharedData.class, DemoIndex.Resolver.class})
class SearchQualityIT {
  static PaperSearch searcher;

  @BeforeAll
  static void open(DemoIndex demo) throws IOException {
    searcher = SearchBackend.openConfigured(DataDir.of(demo.dataDir()), QueryLimits.DEFAULTS);
  }

  @AfterAll
  static void close() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
  }

  @Test
  void pastedTitlesWithColonsFindTheirPaperFirst() throws Exception {
    assertFirst("Deformable DETR: Deformable Transformers for End-to-End Object Detection");
    assertFirst("mixup: Beyond Empirical Risk Minimization");
  }

  @Test
  void exactTitlesFindTheirPaperFirst() throws Exception {
    for (String title :
        List.of(
            "Graph Attention Networks",
            "Generative Adversarial Nets",
            "Deep Sets",
            "Neural Ordinary Differential Equations")) {
      assertFirst(title);
    }
  }

  @Test
  void generalizationRanksNoPaperAboutGeneratorsAlone() throws Exception {
    for (SearchResult.Hit hit : search("generalization", List.of()).hits()) {
      String text = (hit.paper().title() + " " + hit.paper().abstractText()).toLowerCase();
      assertThat(text).as(hit.paper().id()).containsPattern("generali[sz]");
    }
  }

  @Test
  void accentsAndNameVariantsFindTheSamePapers() throws Exception {
    long folded = search("author:scholkopf", List.of()).total();
    assertThat(folded).isGreaterThan(100).isEqualTo(search("author:schölkopf", List.of()).total());
    List<String> withInitial = ids("author:\"Quoc V. Le\"");
    List<String> without = ids("author:\"quoc le\"");
    assertThat(without).hasSizeGreaterThan(40).containsAll(withInitial);
  }

  @Test
  void aliasesMatchTheVocabularyOfTheData() throws Exception {
    Map<String, Long> decisions = searcher.facet(FacetDimension.DECISION);
    assertThat(search("venue:nips", List.of()).total())
        .isEqualTo(searcher.facet(FacetDimension.VENUE).get("NeurIPS"));
    assertThat(search("decision:accepted", List.of()).total())
        .isEqualTo(
            decisions.get("Poster")
                + decisions.get("Oral")
                + decisions.get("Spotlight")
                + decisions.get("Talk"));
    assertThat(search("decision:rejected", List.of()).total())
        .isEqualTo(decisions.get("Reject") + decisions.get("Desk Reject"));
    assertThat(search("year>2018", List.of()).total())
        .isEqualTo(search("year:2019..", List.of()).total())
        .isGreaterThan(7000);
  }

  @Test
  void twoValuesOfOneFacetAreOred() throws Exception {
    long iclr = search("graph", List.of("venue:\"ICLR\"")).total();
    long neurips = search("graph", List.of("venue:\"NeurIPS\"")).total();
    long both = search("graph", List.of("venue:\"ICLR\"", "venue:\"NeurIPS\"")).total();
    assertThat(iclr).isPositive();
    assertThat(neurips).isPositive();
    assertThat(both).isEqualTo(iclr + neurips);
  }

  private static List<String> ids(String query) throws Exception {
    SearchRequest request = SearchRequest.builder(query).limit(100).facetLimit(0).build();
    return searcher.search(request).hits().stream().map(h -> h.paper().id()).toList();
  }

  private static void assertFirst(String title) throws Exception {
    List<SearchResult.Hit> hits = search(title, List.of()).hits();
    assertThat(hits).as(title).isNotEmpty();
    assertThat(hits.get(0).paper().title()).as(title).isEqualToIgnoringCase(title);
  }

  private static SearchResult search(String query, List<String> filters) throws Exception {
    return searcher.search(SearchRequest.builder(query).filters(filters).facetLimit(10).build());
  }
}
