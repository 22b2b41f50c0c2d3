package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldNeighboursTest {
  // Paper 0 is in fold 0 with paper 5; papers 1 and 2 in fold 1; 3 and 4 in fold 2.
  private static final KnnFolds FOLDS = KnnFolds.assigned(3, 0, 1, 1, 2, 2, 0);
  private static final float[] SCORES = {1.0f, 0.2f, 0.8f, 0.8f, 0.5f, 0.9f};

  @Test
  void nearestComeFromOtherFoldsByScoreThenIndex() {
    KnnNeighbours near = FoldNeighbours.of(SCORES, 0, FOLDS, 2).nearest(2, -1);

    // Paper 5 scores higher but shares paper 0's fold; 2 and 3 tie at 0.8: the lower index first.
    assertThat(near.papers()).containsExactly(2, 3);
    assertThat(near.scores()).containsExactly(0.8f, 0.8f);
  }

  @Test
  void anExcludedFoldIsSkippedToo() {
    FoldNeighbours neighbours = FoldNeighbours.of(SCORES, 0, FOLDS, 2);

    assertThat(neighbours.nearest(2, 1).papers()).containsExactly(3, 4);
    assertThat(neighbours.nearest(2, 2).papers()).containsExactly(2, 1);
  }

  @Test
  void fewerCandidatesThanAskedGivesWhatThereIs() {
    // Paper 1 (fold 1) with fold 0 excluded: only fold 2 is left, papers 3 and 4.
    assertThat(FoldNeighbours.of(SCORES, 1, FOLDS, 3).nearest(3, 0).papers()).containsExactly(3, 4);
  }
}
