package org.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.search.RankFusion.Scored;

class RankFusionTest {
  // Keyword scores 3 and 1 standardise to +1 and -1; cosines 0.9 and 0.5 to +1 and -1.
  private static final List<Scored<String>> WORDS = List.of(scored("a", 3), scored("b", 1));
  private static final List<Scored<String>> MEANING = List.of(scored("b", 0.9), scored("c", 0.5));

  @Test
  void zScoreFusionWeighsStandardisedScores() {
    // a: 0.6·1 + 0.4·(-1, absent) = 0.2; b: 0.6·(-1) + 0.4·1 = -0.2; c: 0.6·(-1) + 0.4·(-1) = -1.
    List<Scored<String>> fused = new RankFusion.ZScore(0.4).fuse(WORDS, MEANING);
    assertThat(fused).extracting(Scored::item).containsExactly("a", "b", "c");
    assertThat(fused.get(0).score()).isCloseTo(0.2, within(1e-9));
    assertThat(fused.get(1).score()).isCloseTo(-0.2, within(1e-9));
    assertThat(fused.get(2).score()).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void moreWeightOnMeaningLetsItsFavouriteWin() {
    assertThat(new RankFusion.ZScore(0.6).fuse(WORDS, MEANING))
        .extracting(Scored::item)
        .containsExactly("b", "a", "c");
  }

  @Test
  void zScoreFusionWithoutMeaningKeepsTheKeywordOrder() {
    List<Scored<String>> words =
        List.of(scored("x", 9), scored("y", 4), scored("z", 3.5), scored("w", 0.1));
    List<Scored<String>> meaning = List.of(scored("w", 0.99), scored("v", 0.98));
    assertThat(new RankFusion.ZScore(0).fuse(words, meaning))
        .extracting(Scored::item)
        .containsExactly("x", "y", "z", "w", "v");
  }

  @Test
  void aRankingOfEqualScoresAddsNothingAndNoNaN() {
    List<Scored<String>> fused =
        new RankFusion.ZScore(0.5).fuse(List.of(scored("a", 2), scored("b", 1)), List.of());
    assertThat(fused).extracting(Scored::item).containsExactly("a", "b");
    assertThat(fused).allSatisfy(one -> assertThat(one.score()).isFinite());
    assertThat(new RankFusion.ZScore(0.5).fuse(List.of(scored("a", 2)), List.of(scored("a", 1))))
        .extracting(Scored::score)
        .containsExactly(0.0);
  }

  @Test
  void reciprocalRankFusionAddsWeightedReciprocalRanks() {
    // k = 10: a 1/11; b 1/12 + 0.75/11; c 0.75/12.
    List<Scored<String>> fused = new RankFusion.Reciprocal(10, 1.0, 0.75).fuse(WORDS, MEANING);
    assertThat(fused).extracting(Scored::item).containsExactly("b", "a", "c");
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 12 + 0.75 / 11, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(1.0 / 11, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(0.75 / 12, within(1e-12));
  }

  @Test
  void shortQueriesMeanTheirWordsAndLongOnesGetFullMeaning() {
    RankFusion fusion = new RankFusion.ZScore(0.4);
    assertThat(fusion.forWords(1).meaningWeight()).isZero();
    assertThat(fusion.forWords(3).meaningWeight()).isZero();
    assertThat(fusion.forWords(10).meaningWeight()).isEqualTo(0.4);
    assertThat(fusion.forWords(250).meaningWeight()).isEqualTo(0.4);
    assertThat(fusion.forWords(6).meaningWeight()).isCloseTo(0.4 * 3 / 7, within(1e-12));
    assertThat(new RankFusion.Reciprocal(10, 1, 0.75).forWords(2).meaningWeight()).isZero();
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new RankFusion.ZScore(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  private static Scored<String> scored(String item, double score) {
    return new Scored<>(item, score);
  }
}
