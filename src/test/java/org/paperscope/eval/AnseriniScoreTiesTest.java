package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnseriniScoreTiesTest {

  @Test
  void roundsToFourDecimalsAndStepsTiesDownByOneMillionth() {
    // Float arithmetic as in Anserini, checked in jshell with String.format("%f"):
    // 5.123456 -> 5.1235; 5.12346 -> 5.1235 tie -> 5.123499; 5.12344 -> 5.1234 is within 1e-4 of
    // the stepped 5.123499, so it counts as a second tie -> 5.123398; 3 starts afresh.
    List<Run.Hit> adjusted =
        AnseriniScoreTies.adjust(
            List.of(hit("d1", 5.123456f), hit("d2", 5.12346f), hit("d3", 5.12344f), hit("d4", 3f)));
    assertThat(adjusted).extracting(Run.Hit::docId).containsExactly("d1", "d2", "d3", "d4");
    assertThat(adjusted)
        .extracting(Run.Hit::score)
        .containsExactly(5.1235, 5.123499, 5.123398, 3.0);
  }

  @Test
  void tiesKeepSearchOrderUnderTrecEvalWhereTheStepIsRepresentable() {
    List<Run.Hit> adjusted = AnseriniScoreTies.adjust(List.of(hit("a", 5f), hit("b", 5f)));
    assertThat(TrecMetrics.ranked(adjusted)).extracting(Run.Hit::docId).containsExactly("a", "b");
  }

  @Test
  void largeScoresStayTiedBecauseTheFloatStepVanishes() {
    // At 40 a float's ulp is 3.8e-6, so 40f - 1e-6f == 40f and trec_eval's id-descending rule wins.
    List<Run.Hit> adjusted = AnseriniScoreTies.adjust(List.of(hit("a", 40f), hit("b", 40f)));
    assertThat(adjusted).extracting(Run.Hit::score).containsExactly(40.0, 40.0);
    assertThat(TrecMetrics.ranked(adjusted)).extracting(Run.Hit::docId).containsExactly("b", "a");
  }

  private static Run.Hit hit(String docId, float score) {
    return new Run.Hit(docId, score);
  }
}
