package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Expected values are computed by hand from trec_eval's definitions; each test spells out the sum
 * (checked with python3's math.log2).
 */
class TrecMetricsTest {
  private static final Offset<Double> EXACT = within(1e-9);

  /** Grades d1=2, d2=1, d4=1 relevant; d3 judged non-relevant; d5 unjudged. */
  private static final Map<String, Integer> GRADED = Map.of("d1", 2, "d2", 1, "d3", 0, "d4", 1);

  /** Ranked d3, d1, d5, d2 by score. */
  private static final List<Run.Hit> GRADED_HITS =
      List.of(hit("d3", 4), hit("d1", 3), hit("d5", 2), hit("d2", 1));

  @Test
  void ndcgUsesGradesAsGainsAndIdealFromQrels() {
    // DCG@3 = 2/log2(3) = 1.2618595071; ideal grades 2,1,1: 2 + 1/log2(3) + 1/log2(4) =
    // 3.1309297536
    assertThat(TrecMetrics.ndcg(GRADED, GRADED_HITS, 3)).isCloseTo(0.4030302838, within(1e-9));
    // DCG@10 adds d2 at rank 4: 1/log2(5); same ideal -> 1.6925158 / 3.1309298
    assertThat(TrecMetrics.ndcg(GRADED, GRADED_HITS, 10)).isCloseTo(0.5405857679, within(1e-9));
  }

  @Test
  void recallCountsRelevantInTopKOverAllRelevantInQrels() {
    // 3 relevant (d1, d2, d4): top 3 holds d1 only, top 10 holds d1 and d2.
    assertThat(TrecMetrics.recall(GRADED, GRADED_HITS, 3)).isCloseTo(1.0 / 3, EXACT);
    assertThat(TrecMetrics.recall(GRADED, GRADED_HITS, 10)).isCloseTo(2.0 / 3, EXACT);
  }

  @Test
  void runOrderDoesNotMatterOnlyScores() {
    List<Run.Hit> shuffled = new ArrayList<>(GRADED_HITS);
    Collections.shuffle(shuffled, new Random(42));
    assertThat(TrecMetrics.ndcg(GRADED, shuffled, 3)).isCloseTo(0.4030302838, within(1e-9));
  }

  @Test
  void scoreTiesAreBrokenByDocIdDescending() {
    // a and b tie; trec_eval ranks b first, so the relevant a sits at rank 2: 1/log2(3).
    List<Run.Hit> tied = List.of(hit("a", 1), hit("b", 1));
    assertThat(TrecMetrics.ndcg(Map.of("a", 1), tied, 1)).isZero();
    assertThat(TrecMetrics.ndcg(Map.of("a", 1), tied, 2)).isCloseTo(0.6309297536, within(1e-9));
    assertThat(TrecMetrics.recall(Map.of("a", 1), tied, 1)).isZero();
  }

  @Test
  void docIdsCompareAsStringsNotNumbers() {
    // strcmp("9", "10") > 0, so "9" ranks above "10" on a tie.
    List<Run.Hit> ranked = TrecMetrics.ranked(List.of(hit("10", 5), hit("9", 5), hit("11", 6)));
    assertThat(ranked).extracting(Run.Hit::docId).containsExactly("11", "9", "10");
    assertThat(TrecMetrics.ndcg(Map.of("10", 1), ranked, 2)).isZero();
  }

  @Test
  void negativeAndZeroGradesAreNotRelevant() {
    // d1 (grade -1) at rank 1 gains nothing; d2 at rank 2: 1/log2(3), ideal 1.
    Map<String, Integer> judgments = Map.of("d1", -1, "d2", 1, "d3", 0);
    List<Run.Hit> hits = List.of(hit("d1", 2), hit("d2", 1));
    assertThat(TrecMetrics.ndcg(judgments, hits, 2)).isCloseTo(0.6309297536, within(1e-9));
    assertThat(TrecMetrics.recall(judgments, hits, 1)).isZero();
  }

  @Test
  void queryWithoutRelevantDocumentsScoresZero() {
    assertThat(TrecMetrics.ndcg(Map.of("x", 0), List.of(hit("x", 1)), 10)).isZero();
    assertThat(TrecMetrics.recall(Map.of(), List.of(hit("x", 1)), 10)).isZero();
  }

  @Test
  void meanCoversJudgedQueriesWithRelevantDocumentsAndCountsMissingRunsAsZero() {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    judgments.put("q1", GRADED);
    judgments.put("q2", Map.of("x", 0)); // nothing relevant: left out of the mean
    judgments.put("q3", Map.of("y", 1)); // not in the run: counts as 0
    Qrels qrels = new Qrels(judgments);
    Run run =
        new Run(Map.of("q1", GRADED_HITS, "q2", List.of(hit("x", 1)), "q4", List.of(hit("y", 1))));
    // (0.4030302838 + 0) / 2 and (2/3 + 0) / 2; q4 is not judged and ignored.
    assertThat(TrecMetrics.ndcg(qrels, run, 3)).isCloseTo(0.2015151419, within(1e-9));
    assertThat(TrecMetrics.recall(qrels, run, 10)).isCloseTo(1.0 / 3, EXACT);
  }

  @Test
  void cutoffMustBePositive() {
    assertThatThrownBy(() -> TrecMetrics.ndcg(GRADED, GRADED_HITS, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrecMetrics.recall(GRADED, GRADED_HITS, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runRejectsTheSameDocumentTwiceForOneQuery() {
    assertThatThrownBy(() -> new Run(Map.of("q", List.of(hit("d", 2), hit("d", 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q")
        .hasMessageContaining("d");
  }

  @Test
  void runDropsHitsNamedLikeTheirQuery() {
    Run run =
        new Run(Map.of("q1", List.of(hit("q1", 3), hit("d", 2)), "q2", List.of(hit("q1", 1))));
    Run kept = run.withoutQueryIdHits();
    assertThat(kept.hits("q1")).extracting(Run.Hit::docId).containsExactly("d");
    assertThat(kept.hits("q2")).extracting(Run.Hit::docId).containsExactly("q1");
  }

  private static Run.Hit hit(String docId, double score) {
    return new Run.Hit(docId, score);
  }
}
