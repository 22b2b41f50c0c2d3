package org.paperscope.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Random search inspiration ("How about: mixed nash equilibrium, dynamic graphs, motion capture
 * …"): tags drawn from the most used ones, so each leads to a real set of papers rather than a
 * one-off keyword. The same generator state draws the same tags. Stateless.
 */
public final class TagInspiration {
  private TagInspiration() {}

  /**
   * {@code count} different tags drawn at random from the {@code pool} first of {@code tags} (in
   * its order: most used first), fewer when there are fewer.
   */
  public static List<String> pick(
      Map<String, Long> tags, int pool, int count, RandomGenerator random) {
    List<String> candidates = new ArrayList<>(tags.keySet().stream().limit(pool).toList());
    List<String> out = new ArrayList<>();
    while (out.size() < count && !candidates.isEmpty()) {
      out.add(candidates.remove(random.nextInt(candidates.size())));
    }
    return out;
  }
}
