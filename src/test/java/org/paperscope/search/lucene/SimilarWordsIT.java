package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.SharedEmbedders;
import org.paperscope.enrich.EmbeddedText;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.paper.Paper;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SimilarPapers;

/**
 * Similar papers rank the embedding's nearest again with the words they share: over an index large
 * enough for word terms, a paper that names the same rare method ("quokka routing") overtakes one
 * the embedding alone puts nearer.
 */
class SimilarWordsIT {
  @TempDir static Path data;
  static LucenePaperSearch papers;

  static final Paper QUERY =
      Paper.builder("q", "Quokka Routing for Sparse Mixture-of-Experts Language Models")
          .abstractText(
              "We introduce quokka routing, which sends each token of a language model to two of"
                  + " many experts with balanced loads; quokka routing trains faster than dense"
                  + " models of the same cost.")
          .build();

  /** About the same topic, without the method's name. */
  static final Paper TOPIC =
      Paper.builder("e", "Switch Transformers: Scaling to Trillion Parameter Models")
          .abstractText(
              "A sparse mixture of experts routes every token of a language model to one expert,"
                  + " so that parameters grow without growing the computation per token.")
          .build();

  /** Another field, with the method's name. */
  static final Paper NAME =
      Paper.builder("w", "Quokka Routing of Wildlife Corridors on Rottnest Island")
          .abstractText("Quokka routing plans corridors between quokka colonies across the dunes.")
          .build();

  static List<Paper> corpus() {
    List<Paper> all = new ArrayList<>(List.of(QUERY, TOPIC, NAME));
    for (int i = 0; i < 3; i++) {
      all.add(
          Paper.builder("n" + i, "Notes on quokka routing " + i)
              .abstractText("Field notes " + i + " on quokka routing and colonies.")
              .build());
    }
    String[] fields = {
      "soil moisture", "protein folding", "bird migration", "tax policy", "glacier melt",
      "coral reefs", "urban traffic", "medieval trade", "wind turbines", "sleep cycles"
    };
    for (int i = 0; i < 64; i++) {
      String field = fields[i % fields.length];
      all.add(
          Paper.builder("f" + i, "A study of " + field + ", part " + i)
              .abstractText("We measure " + field + " in setting " + i + " over many years.")
              .build());
    }
    return all;
  }

  @BeforeAll
  static void index() throws Exception {
    MeaningSearchIT.indexEmbedded(data, corpus());
    papers = LucenePaperSearch.open(data, QueryLimits.DEFAULTS);
  }

  @AfterAll
  static void close() throws Exception {
    papers.close();
  }

  private static double cosine(Embedder embedder, Paper a, Paper b) {
    float[] x = embedder.embed(List.of(EmbeddedText.of(a))).get(0);
    float[] y = embedder.embed(List.of(EmbeddedText.of(b))).get(0);
    double dot = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }

  @Test
  void aSharedRareMethodNameOvertakesANearerEmbedding() throws Exception {
    Embedder embedder =
        SharedEmbedders.get(
            EmbeddingEnrichment.MODEL, EmbeddingEnrichment.nativeCache(DataDir.of(data).cache()));
    // The premise: by the embedding alone, the paper on the same topic is nearer.
    assertThat(cosine(embedder, QUERY, TOPIC)).isGreaterThan(cosine(embedder, QUERY, NAME));

    SimilarPapers similar = papers.similar("q", 5).orElseThrow();
    List<String> ids = similar.similar().stream().map(s -> s.paper().id()).toList();
    assertThat(ids).contains("w", "e").doesNotContain("q");
    assertThat(ids.indexOf("w")).isLessThan(ids.indexOf("e"));
    List<Float> scores = similar.similar().stream().map(SimilarPapers.Similar::score).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(-1f, 1f));
  }
}
