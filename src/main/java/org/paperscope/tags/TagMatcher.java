package org.paperscope.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.paper.TextKeys;

/**
 * Finds the tags of a vocabulary that a title and abstract write out, as {@link TagKey} sees words:
 * "Graph Neural Networks" and "GNNs" are both the tag {@code graph neural network}. The longest tag
 * wins where several start at one word ("deep reinforcement learning", not "reinforcement learning"
 * inside it). Immutable and thread-safe.
 */
public final class TagMatcher {
  /** Longest tag, in words. */
  static final int MAX_WORDS = 6;

  private final Set<String> vocabulary;
  private final Set<String> firstWords;

  /** A matcher of the tags whose keys are {@code vocabulary}. */
  public TagMatcher(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
    Set<String> first = new java.util.HashSet<>();
    for (String key : vocabulary) {
      first.add(key.split(" ", 2)[0]);
      TagKey.acronymsOf(key).forEach(a -> first.add(a.split(" ", 2)[0]));
    }
    this.firstWords = Set.copyOf(first);
  }

  /**
   * A tag found in a paper's text.
   *
   * @param count how often the text writes it
   * @param inTitle whether the title does
   * @param first the word it first appears at (title words first, then the abstract's)
   */
  public record Occurrence(String key, int count, boolean inTitle, int first) {}

  /** The vocabulary's tags the title and abstract write, in order of first appearance. */
  public List<Occurrence> find(String title, String abstractText) {
    Map<String, int[]> found = new LinkedHashMap<>(); // key -> {count, inTitle, first}
    List<String> titleWords = words(title);
    scan(titleWords, 0, true, found);
    scan(words(abstractText), titleWords.size(), false, found);
    List<Occurrence> out = new ArrayList<>();
    found.forEach((key, f) -> out.add(new Occurrence(key, f[0], f[1] == 1, f[2])));
    return out;
  }

  private void scan(List<String> words, int offset, boolean title, Map<String, int[]> found) {
    int i = 0;
    while (i < words.size()) {
      String key = null;
      int length = 0;
      String word = words.get(i);
      boolean starts = firstWords.contains(word) || firstWords.contains(TagKey.singular(word));
      for (int n = Math.min(MAX_WORDS, words.size() - i); starts && n >= 1 && key == null; n--) {
        String candidate = TagKey.ofWords(words, i, i + n);
        if (vocabulary.contains(candidate)) {
          key = candidate;
          length = n;
        }
      }
      if (key == null) {
        i++;
        continue;
      }
      int at = offset + i;
      int[] f = found.computeIfAbsent(key, k -> new int[] {0, 0, at});
      f[0]++;
      f[1] |= title ? 1 : 0;
      i += length;
    }
  }

  /** Folded, lower-case words of {@code text}: letters and digits, "+" and "#" kept. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String folded = TextKeys.withoutAccents(text).toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{N}+#]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
