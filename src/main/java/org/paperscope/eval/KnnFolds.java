package org.paperscope.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A split of {@code n} items (by index) into cross-validation folds: the indices shuffled with a
 * seeded {@link Random}, then dealt round-robin, so fold sizes differ by at most one and the same
 * seed always gives the same split. Immutable and thread-safe.
 */
final class KnnFolds {
  private final int[] foldOf;
  private final int count;

  private KnnFolds(int[] foldOf, int count) {
    this.foldOf = foldOf;
    this.count = count;
  }

  /**
   * Splits {@code items} indices into {@code folds} folds.
   *
   * @param folds at least 2 and at most {@code items}
   */
  static KnnFolds of(int items, int folds, long seed) {
    List<Integer> order = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] foldOf = new int[items];
    for (int position = 0; position < items; position++) {
      foldOf[order.get(position)] = position % folds;
    }
    return new KnnFolds(foldOf, folds);
  }

  /** A split given outright: item {@code i} in fold {@code foldOf[i]}, each below {@code count}. */
  static KnnFolds assigned(int count, int... foldOf) {
    return new KnnFolds(foldOf.clone(), count);
  }

  /** The fold of item {@code item}, from 0 to {@link #count} - 1. */
  int fold(int item) {
    return foldOf[item];
  }

  /** How many folds there are. */
  int count() {
    return count;
  }

  /** How many items there are. */
  int size() {
    return foldOf.length;
  }
}
