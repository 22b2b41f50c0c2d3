package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KnnRankFusionTest {
  private static final float[] FIRST = {0.9f, 0.1f, 0.5f};
  private static final float[] SECOND = {0.2f, 0.8f, 0.5f};

  @Test
  void fusedScoreSumsOneOverSixtyPlusRank() {
    // First ranks 0, 2, 1; second ranks 1, 2, 0.
    float[] fused = KnnRankFusion.fuse(FIRST, SECOND, paper -> true);

    assertThat((double) fused[0]).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-7));
    assertThat((double) fused[1]).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-7));
    assertThat((double) fused[2]).isCloseTo(2.0 / 62, within(1e-7));
  }

  @Test
  void onlyCandidatesAreRanked() {
    float[] fused = KnnRankFusion.fuse(FIRST, SECOND, paper -> paper != 1);

    assertThat(fused[1]).isZero();
    assertThat((double) fused[0]).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-7));
  }

  @Test
  void equalScoresRankByIndex() {
    assertThat(KnnRankFusion.ranking(new float[] {0.5f, -1f, 0.5f, 0.7f}, paper -> true))
        .containsExactly(3, 0, 2, 1);
  }
}
