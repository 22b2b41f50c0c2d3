package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.paperscope.eval.EvalIndex.paper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.eval.SearchQualityReport.Count;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

class KnownItemEvaluationTest {
  @TempDir static Path data;
  static PaperSearch searcher;

  static final List<Paper> CORPUS =
      List.of(
          paper("k1", "Graph Attention Networks", "Nodes attend to neighbours.", "ICLR"),
          // An unclosed parenthesis is still refused when the title is typed as is.
          paper("k2", "AggMask (Exploring Locally Aggregated Learning", "Masks.", "ICLR"),
          // The same normalised title twice: neither can be a known item.
          paper("k3", "Deep Sets", "Permutation invariance.", "NeurIPS"),
          paper("k4", "Deep sets!", "Invariance to order.", "ICML"),
          // One word: too short to be a known item.
          paper("k5", "Dropout", "Units are dropped.", "JMLR"),
          // Share their first five words, so one of them cannot be first for them.
          paper("k6", "Learning to Learn by Gradient Descent", "Optimisers learnt.", "NeurIPS"),
          paper("k7", "Learning to Learn by Gradient Descent with Momentum", "Heavy ball.", "ICML"),
          paper("k8", "Résumé Parsing with Transformers", "Curricula vitae.", "ACL"));

  @BeforeAll
  static void index() throws IOException {
    searcher = EvalIndex.open(data, CORPUS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void eligiblePapersHaveAUniqueTitleOfTwoWordsOrMoreSortedById() {
    assertThat(KnownItemEvaluation.eligible(CORPUS).stream().map(Paper::id))
        .containsExactly("k1", "k2", "k6", "k7", "k8");
  }

  @Test
  void sampleIsTheSameForTheSameSeedAndNeverLargerThanTheCorpus() {
    List<Paper> eligible = KnownItemEvaluation.eligible(CORPUS);
    assertThat(KnownItemEvaluation.sample(eligible, 3, 42))
        .hasSize(3)
        .isEqualTo(KnownItemEvaluation.sample(eligible, 3, 42));
    assertThat(KnownItemEvaluation.sample(eligible, 100, 7)).hasSize(5);
  }

  @Test
  void titleTypedAsIsIsFoundFirstUnlessRefused() throws IOException {
    Row typed = rows().get(0);
    assertThat(typed.variant()).isEqualTo("title as typed");
    assertThat(typed.queries()).isEqualTo(5);
    assertThat(typed.refused()).isEqualTo(1);
    assertThat(typed.metrics().get(Metric.SUCCESS_AT_1)).isCloseTo(0.8, within(1e-9));
    assertThat(typed.metrics().get(Metric.MRR_AT_10)).isCloseTo(0.8, within(1e-9));
    assertThat(typed.counts()).containsEntry(Count.ELIGIBLE, 5);
    assertThat(typed.examples()).singleElement().asString().contains("[k2]", "refused");
  }

  @Test
  void lowerCaseTitleWithoutPunctuationFindsEveryPaperFirst() throws IOException {
    Row lower = rows().get(1);
    assertThat(lower.refused()).isZero();
    assertThat(lower.metrics().get(Metric.SUCCESS_AT_1)).isEqualTo(1.0);
    assertThat(lower.metrics().get(Metric.MRR_AT_10)).isEqualTo(1.0);
    assertThat(lower.examples()).isEmpty();
  }

  @Test
  void sharedFirstFiveWordsAreAmbiguousAndPutOneOfTheTwoSecond() throws IOException {
    Row five = rows().get(2);
    assertThat(five.counts()).containsEntry(Count.AMBIGUOUS, 2);
    // k7 comes second to k6; k2's first five words still hold its unclosed parenthesis.
    assertThat(five.metrics().get(Metric.SUCCESS_AT_1)).isCloseTo(0.6, within(1e-9));
    assertThat(five.metrics().get(Metric.MRR_AT_10)).isCloseTo((3 + 0.5) / 5, within(1e-9));
    assertThat(five.refused()).isEqualTo(1);
    assertThat(five.examples())
        .hasSize(2)
        .anyMatch(e -> e.contains("\"Learning to Learn by Gradient\" → rank 2"));
  }

  private static List<Row> rows() throws IOException {
    return new KnownItemEvaluation(searcher).run(CORPUS, 100, KnownItemEvaluation.DEFAULT_SEED);
  }
}
