package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void unigramsBigramsAndTheLongestCommonSubsequenceByHand() {
    // the cat sat on the mat / the cat is on the mat: 5 of 6 unigrams (the ×2, cat, on, mat),
    // 3 of 5 bigrams (the cat, on the, the mat), LCS "the cat on the mat" = 5.
    Rouge.Scores s = Rouge.score("The cat sat on the mat.", "the cat is on the mat");
    assertThat(s.rouge1()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(s.rouge2()).isCloseTo(0.6, within(1e-12));
    assertThat(s.rougeL()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void precisionAndRecallDifferWhenLengthsDo() {
    // prediction "deep nets" (2 words), reference "we train deep nets fast" (5): overlap 2.
    // R1: P 1, R 0.4, F 0.8/1.4; R2: 1 of 1 predicted bigram, 1 of 4: F 2·0.25/1.25 = 0.4.
    Rouge.Scores s = Rouge.score("deep nets", "we train deep nets fast");
    assertThat(s.rouge1()).isCloseTo(0.8 / 1.4, within(1e-12));
    assertThat(s.rouge2()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void wordsLongerThanThreeAreStemmedAndPunctuationSeparates() {
    assertThat(Rouge.tokens("Training Networks, fine-tuned (BERT)!"))
        .containsExactly("train", "network", "fine", "tune", "bert");
    assertThat(Rouge.score("training networks", "trained network").rouge1()).isEqualTo(1.0);
    // Three letters and shorter stay as they are: "has" is not stemmed to "ha".
    assertThat(Rouge.tokens("has gas")).containsExactly("has", "gas");
  }

  @Test
  void maxOverTargetsKeepsTheReferenceWithTheBestRouge1() {
    Rouge.Scores best =
        Rouge.maxOverTargets(
            "a new optimizer for deep networks",
            List.of("we study sparse codes", "a new optimizer for networks"));
    assertThat(best)
        .isEqualTo(
            Rouge.score("a new optimizer for deep networks", "a new optimizer for networks"));
    assertThat(Rouge.maxOverTargets("anything", List.of())).isEqualTo(Rouge.Scores.ZERO);
  }

  @Test
  void anEmptyPredictionOrReferenceScoresZero() {
    assertThat(Rouge.score("", "some gold")).isEqualTo(new Rouge.Scores(0, 0, 0));
    assertThat(Rouge.score("a prediction", "")).isEqualTo(new Rouge.Scores(0, 0, 0));
    assertThat(Rouge.score("one", "one").rouge2()).isZero();
  }
}
