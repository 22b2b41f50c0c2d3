package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.paperscope.eval.EvalIndex.paper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.eval.SearchQualityReport.Count;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.search.PaperSearch;

class WordFormsEvaluationTest {
  @TempDir static Path data;
  static PaperSearch searcher;

  static final WordForm TRANSFORMER =
      new WordForm("transformer", Set.of("transformer", "transformers"), Set.of("transformation"));
  static final WordForm CONTINUAL =
      new WordForm("continual", Set.of("continual", "continually"), Set.of("continuous"));
  static final WordForm RATING =
      new WordForm("rating", Set.of("rating", "ratings"), Set.of("rate"));
  static final WordForm ABSENT = new WordForm("zebra", Set.of("zebra"), Set.of("zebras"));

  @BeforeAll
  static void index() throws IOException {
    searcher =
        EvalIndex.open(
            data,
            List.of(
                paper("w1", "Transformers for Translation", "Self-attention only.", "ICLR"),
                paper("w2", "Image Transformations", "We learn a transformation.", "CVPR"),
                paper("w3", "Continuous Control", "Torques are continuous.", "ICML"),
                paper("w4", "Continual Learning", "Tasks arrive one by one.", "ICLR"),
                paper("w5", "Convergence Rates", "A faster rate for SGD.", "COLT"),
                paper("w6", "Recommender Systems", "User feedback.", "RecSys", "Ratings")));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void precisionCountsHitsHoldingTheQueryFamilyAndNoHitsScoreZero() throws IOException {
    Row row =
        new WordFormsEvaluation(searcher).run(List.of(TRANSFORMER, CONTINUAL, RATING, ABSENT));
    // Light stemming keeps each real query to its own paper (Porter also found the colliding
    // word's: 1/2 each): 1, 1, 1, then 0 for the word no paper has.
    assertThat(row.metrics().get(Metric.PRECISION_AT_10)).isCloseTo(3.0 / 4, within(1e-9));
    assertThat(row.queries()).isEqualTo(4);
    assertThat(row.refused()).isZero();
    assertThat(row.counts()).containsEntry(Count.FEW_HITS, 4);
    assertThat(row.examples()).singleElement().asString().startsWith("\"zebra\" → P@10 0.00");
  }

  @Test
  void aKeywordHoldsTheFamilyButACollidingWordDoesNot() {
    assertThat(
            WordFormsEvaluation.onTopic(
                paper("a", "Feedback", "x", "v", "User Ratings"), RATING.family()))
        .isTrue();
    assertThat(
            WordFormsEvaluation.onTopic(
                paper("b", "Transformation-based Models", "Affine transforms.", "v"),
                TRANSFORMER.family()))
        .isFalse();
    assertThat(
            WordFormsEvaluation.onTopic(
                paper("c", "Vision-Transformers at Scale", "x", "v"), TRANSFORMER.family()))
        .isTrue();
  }
}
