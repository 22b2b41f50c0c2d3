package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnnNeighboursTest {
  @Test
  void mostVotesWin() {
    List<String> labels = List.of("a", "b", "b", "a", "c");
    KnnNeighbours near = new KnnNeighbours(new int[] {0, 1, 2}, new float[] {0.9f, 0.5f, 0.4f});

    assertThat(near.vote(labels)).isEqualTo("b");
  }

  @Test
  void equalVotesGoToTheLargerSummedSimilarity() {
    // z: 0.9 + 0.3 = 1.2; a: 0.5 + 0.4 = 0.9. Alphabetical order alone would say a.
    List<String> labels = List.of("z", "a", "a", "z");
    KnnNeighbours near =
        new KnnNeighbours(new int[] {0, 1, 2, 3}, new float[] {0.9f, 0.5f, 0.4f, 0.3f});

    assertThat(near.vote(labels)).isEqualTo("z");
  }

  @Test
  void equalVotesAndSimilarityGoToTheLabelFirstAlphabetically() {
    List<String> labels = List.of("b", "a");
    KnnNeighbours near = new KnnNeighbours(new int[] {0, 1}, new float[] {0.5f, 0.5f});

    assertThat(near.vote(labels)).isEqualTo("a");
  }

  @Test
  void noNeighboursNoLabel() {
    assertThat(new KnnNeighbours(new int[0], new float[0]).vote(List.of("a"))).isNull();
  }
}
