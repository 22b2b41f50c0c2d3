package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.embed.SharedEmbedders;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperPart;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SimilarPapers;

/** Similar papers and search by meaning over papers embedded with the real model. */
class MeaningSearchIT {
  @TempDir static Path data;
  @TempDir static Path plain;
  static LucenePaperSearch papers;
  static LucenePaperSearch withoutVectors;

  static final List<Paper> PAPERS =
      List.of(
          paper(
              "attn",
              "Attention Is All You Need",
              "We propose the Transformer, a network architecture based solely on attention"
                  + " mechanisms, dispensing with recurrence and convolutions entirely.",
              "attention",
              "transformer"),
          paper(
              "attn-v2",
              "Attention is all you need",
              "A second version of the same paper, posted again with the same title.",
              "attention"),
          paper(
              "seq",
              "Self-Attention Networks for Sequence Transduction",
              "A sequence transduction model relying only on self-attention layers, without"
                  + " recurrent or convolutional components, reaches strong translation quality.",
              "attention",
              "machine translation"),
          paper(
              "soil",
              "Soil Moisture Dynamics in Alpine Meadows",
              "Weekly measurements of soil moisture across two growing seasons in alpine meadows.",
              "ecology"),
          paper(
              "maml",
              "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks",
              "We propose an algorithm for meta-learning that is model-agnostic: it learns an"
                  + " initialization from which a few gradient steps adapt to a new task.",
              "meta-learning",
              "few-shot learning"),
          paper(
              "reptile",
              "On First-Order Meta-Learning Algorithms",
              "We analyze first-order meta-learning algorithms that learn a parameter"
                  + " initialization which can be fine-tuned quickly on a new task.",
              "meta-learning",
              "few-shot learning"));

  /** Indexes the papers under a data directory and embeds them with the real model. */
  static void indexEmbedded(Path data, List<Paper> papers) throws Exception {
    try (Enrichments enrichments =
            Enrichments.of(
                DataDir.of(data),
                List.of(
                    new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, DataDir.of(data).cache())));
        PaperIndexWriter writer =
            PaperIndexWriter.open(DataDir.of(data).index(), 16, 1, enrichments)) {
      for (Paper paper : papers) {
        writer.upsert(paper);
      }
      writer.commit();
      new EnrichmentRun(enrichments, 2, 4, EnrichmentRun.Progress.NONE)
          .run(writer, Optional.empty(), false);
    }
  }

  @BeforeAll
  static void index() throws Exception {
    indexEmbedded(data, PAPERS);
    papers = LucenePaperSearch.open(data, QueryLimits.DEFAULTS);
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(plain).index(), 16, 1)) {
      for (Paper paper : PAPERS) {
        writer.upsert(paper);
      }
      writer.commit();
    }
    withoutVectors = LucenePaperSearch.open(plain, QueryLimits.DEFAULTS);
  }

  @AfterAll
  static void close() throws Exception {
    papers.close();
    withoutVectors.close();
  }

  @Test
  void hybridEmbedsAQueryOnlyWhenMeaningCountsForIt() throws Exception {
    AtomicInteger embedded = new AtomicInteger();
    Path cache = DataDir.of(data).cache();
    try (LucenePaperSearch counting =
        LucenePaperSearch.open(
            data,
            QueryLimits.DEFAULTS,
            model -> {
              Embedder real = SharedEmbedders.get(model, EmbeddingEnrichment.nativeCache(cache));
              return new Embedder() {
                @Override
                public EmbeddingModel model() {
                  return real.model();
                }

                @Override
                public List<float[]> embed(List<String> passages) {
                  return real.embed(passages);
                }

                @Override
                public float[] embedQuery(String query) {
                  embedded.incrementAndGet();
                  return real.embedQuery(query);
                }

                @Override
                public void close() {}
              };
            })) {
      SearchResult short3 =
          counting.search(
              SearchRequest.builder("fast meta-learning").mode(SearchMode.HYBRID).build());
      assertThat(short3.mode()).isEqualTo(SearchMode.HYBRID);
      assertThat(embedded).as("three words or fewer rank by words alone").hasValue(0);
      SearchResult claim =
          counting.search(
              SearchRequest.builder(
                      "an algorithm that learns an initialization which adapts to a new task"
                          + " in a few gradient steps")
                  .mode(SearchMode.HYBRID)
                  .build());
      assertThat(claim.mode()).isEqualTo(SearchMode.HYBRID);
      assertThat(embedded).hasValue(1);
      counting.search(
          SearchRequest.builder("learning to adapt quickly from a handful of examples")
              .mode(SearchMode.SEMANTIC)
              .build());
      assertThat(embedded).hasValue(2);
    }
  }

  @Test
  void everyPaperHasAVector() throws Exception {
    assertThat(papers.countHaving(PaperPart.EMBEDDING)).isEqualTo(PAPERS.size());
  }

  @Test
  void similarNeverListsThePaperNorAnotherVersionAndRanksTheNearDuplicateFirst() throws Exception {
    SimilarPapers similar = papers.similar("attn", 5).orElseThrow();
    assertThat(similar.embedded()).isTrue();
    assertThat(similar.similar())
        .extracting(s -> s.paper().id())
        .doesNotContain("attn", "attn-v2")
        .startsWith("seq");
    assertThat(similar.similar().get(0).reason()).isEqualTo("tags: attention");
    assertThat(similar.similar().get(0).score()).isBetween(0.3f, 1f);
    assertThat(similar.similar()).extracting(s -> s.paper().id()).endsWith("soil");
  }

  @Test
  void similarOfAnUnknownPaperIsEmptyAndTheLimitHolds() throws Exception {
    assertThat(papers.similar("nope", 5)).isEmpty();
    assertThat(papers.similar("maml", 1).orElseThrow().similar())
        .singleElement()
        .satisfies(s -> assertThat(s.paper().id()).isEqualTo("reptile"));
  }

  @Test
  void semanticSearchFindsAParaphraseThatSharesFewWords() throws Exception {
    SearchResult result =
        papers.search(
            SearchRequest.builder("learning to adapt quickly from a handful of examples")
                .mode(SearchMode.SEMANTIC)
                .build());
    assertThat(result.mode()).isEqualTo(SearchMode.SEMANTIC);
    assertThat(result.hits().get(0).paper().id()).isIn("maml", "reptile");
    SearchResult byWords =
        papers.search(
            SearchRequest.builder("learning to adapt quickly from a handful of examples")
                .mode(SearchMode.KEYWORD)
                .build());
    assertThat(byWords.total()).isLessThan(result.total());
  }

  @Test
  void semanticSearchKeepsFieldedClausesAsRestrictions() throws Exception {
    SearchResult result =
        papers.search(
            SearchRequest.builder("tag:ecology neural attention")
                .mode(SearchMode.SEMANTIC)
                .build());
    assertThat(result.hits()).extracting(h -> h.paper().id()).containsExactly("soil");
  }

  @Test
  void hybridIsTheDefaultKeepsTheKeywordMatchSetAndAPastedTitleFirst() throws Exception {
    SearchResult hybrid = papers.search(SearchRequest.of("meta-learning initialization"));
    SearchResult keyword =
        papers.search(
            SearchRequest.builder("meta-learning initialization").mode(SearchMode.KEYWORD).build());
    assertThat(hybrid.mode()).isEqualTo(SearchMode.HYBRID);
    assertThat(hybrid.total()).isEqualTo(keyword.total());
    assertThat(hybrid.hits())
        .extracting(h -> h.paper().id())
        .containsExactlyInAnyOrderElementsOf(
            keyword.hits().stream().map(h -> h.paper().id()).toList());
    SearchResult title = papers.search(SearchRequest.of("On First-Order Meta-Learning Algorithms"));
    assertThat(title.hits().get(0).paper().id()).isEqualTo("reptile");
  }

  @Test
  void keywordResultsAreWhatTheyWereBeforeVectors() throws Exception {
    assertThat(withoutVectors.search(SearchRequest.of("attention")).mode())
        .isEqualTo(SearchMode.KEYWORD);
    for (String query :
        List.of("attention", "meta-learning initialization", "tag:attention", "soil -alpine", "")) {
      SearchRequest request = SearchRequest.builder(query).mode(SearchMode.KEYWORD).build();
      SearchResult before = withoutVectors.search(request);
      SearchResult after = papers.search(request);
      assertThat(after.total()).as(query).isEqualTo(before.total());
      assertThat(after.facets()).as(query).isEqualTo(before.facets());
      assertThat(after.hits())
          .as(query)
          .extracting(h -> h.paper().id())
          .containsExactlyElementsOf(before.hits().stream().map(h -> h.paper().id()).toList());
    }
  }

  private static Paper paper(String id, String title, String abstractText, String... tags) {
    return Paper.builder(id, title).abstractText(abstractText).keywords(List.of(tags)).build();
  }
}
