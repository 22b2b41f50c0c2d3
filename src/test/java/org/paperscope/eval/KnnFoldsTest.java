package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KnnFoldsTest {
  @Test
  void sameSeedGivesTheSameSplit() {
    assertThat(folds(KnnFolds.of(23, 5, 42))).containsExactly(folds(KnnFolds.of(23, 5, 42)));
  }

  @Test
  void anotherSeedGivesAnotherSplit() {
    assertThat(folds(KnnFolds.of(23, 5, 42))).isNotEqualTo(folds(KnnFolds.of(23, 5, 43)));
  }

  @Test
  void foldSizesDifferByAtMostOne() {
    int[] sizes = new int[5];
    Arrays.stream(folds(KnnFolds.of(23, 5, 42))).forEach(fold -> sizes[fold]++);

    // 23 items in 5 folds: three of 5 and two of 4, dealt round-robin.
    assertThat(sizes).containsExactly(5, 5, 5, 4, 4);
  }

  private static int[] folds(KnnFolds folds) {
    return IntStream.range(0, folds.size()).map(folds::fold).toArray();
  }
}
