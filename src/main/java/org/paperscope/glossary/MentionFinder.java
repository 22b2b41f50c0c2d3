package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where names occur in a text, word by word: a name with capitals matches only as written
 * ("NEXT", not "next"), a lower-case one in any case; a final plural s does not count, nor do
 * hyphens and punctuation between words. Immutable and thread-safe once built.
 */
final class MentionFinder {
  /** A name found in a text: characters {@code [start, end)} name entry {@code entry}. */
  record Mention(int start, int end, int entry) {}

  private record Name(String[] words, boolean exactCase, int entry) {}

  private record Word(String text, int start, int end) {}

  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  /** Adds {@code name} as a name of entry number {@code entry}; a name without words is ignored. */
  void add(String name, int entry) {
    List<Word> words = words(name);
    if (words.isEmpty()) {
      return;
    }
    // "NEXT" and "Reptile" only as written; "Snapshot Ensembling" also in lower case.
    boolean exactCase =
        words.size() == 1
            ? !name.equals(name.toLowerCase(Locale.ROOT))
            : words.stream().anyMatch(w -> NamePhrases.hasInnerCapitalOrDigit(w.text()));
    String[] keys = new String[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(words.get(i).text(), exactCase);
    }
    byFirstWord
        .computeIfAbsent(keys[0], k -> new ArrayList<>())
        .add(new Name(keys, exactCase, entry));
  }

  /** The names in {@code text}, longest first where they start at the same word, left to right. */
  List<Mention> find(String text) {
    List<Word> words = words(text);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Name best = null;
      for (boolean exactCase : new boolean[] {true, false}) {
        for (Name name : byFirstWord.getOrDefault(key(words.get(i).text(), exactCase), List.of())) {
          if (name.exactCase() == exactCase
              && matches(name, words, i, exactCase)
              && (best == null || name.words().length > best.words().length)) {
            best = name;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int last = i + best.words().length - 1;
      out.add(new Mention(words.get(i).start(), words.get(last).end(), best.entry()));
      i = last + 1;
    }
    return out;
  }

  private static boolean matches(Name name, List<Word> words, int from, boolean exactCase) {
    if (from + name.words().length > words.size()) {
      return false;
    }
    for (int k = 1; k < name.words().length; k++) {
      if (!key(words.get(from + k).text(), exactCase).equals(name.words()[k])) {
        return false;
      }
    }
    return true;
  }

  private static String key(String word, boolean exactCase) {
    String w = exactCase ? word : word.toLowerCase(Locale.ROOT);
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new Word(text.substring(start, i), start, i));
      }
    }
    return out;
  }
}
