package org.paperscope.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.paper.TextKeys;
import org.paperscope.tags.TagKey;

/**
 * The plain keyphrase baseline: every phrase of one to three words of a title and abstract that
 * neither starts nor ends with a stop word, scored by its count in the text times the log inverse
 * document frequency of the phrase over a corpus; the best {@code k} distinct tag keys. Immutable
 * once built; thread-safe.
 */
final class TfIdfKeyphrases {
  static final int MAX_WORDS = 3;

  /** English function words and the commonest words of abstracts. */
  private static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "him",
          "his",
          "how",
          "however",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "may",
          "me",
          "more",
          "most",
          "much",
          "must",
          "my",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "one",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "out",
          "over",
          "own",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "two",
          "under",
          "until",
          "up",
          "us",
          "use",
          "used",
          "using",
          "very",
          "via",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "within",
          "without",
          "would",
          "you",
          "your",
          "paper",
          "propose",
          "proposed",
          "show",
          "shows",
          "present",
          "results",
          "new",
          "based",
          "well",
          "many",
          "several",
          "different",
          "first",
          "work",
          "often",
          "well-known",
          "e",
          "g",
          "i.e",
          "et",
          "al");

  private final Map<String, Integer> documentFrequency;
  private final int documents;

  private TfIdfKeyphrases(Map<String, Integer> documentFrequency, int documents) {
    this.documentFrequency = Map.copyOf(documentFrequency);
    this.documents = documents;
  }

  /** Document frequencies of the phrases of {@code texts}. */
  static TfIdfKeyphrases fit(List<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      for (String phrase : phrases(text).keySet()) {
        df.merge(phrase, 1, Integer::sum);
      }
    }
    return new TfIdfKeyphrases(df, texts.size());
  }

  /** The {@code k} best phrases of {@code text} as distinct tag keys, best first. */
  List<String> top(String text, int k) {
    Map<String, Double> scores = new HashMap<>();
    phrases(text)
        .forEach(
            (phrase, count) -> {
              int df = documentFrequency.getOrDefault(phrase, 0) + 1;
              scores.put(phrase, count * Math.log((documents + 1.0) / df));
            });
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Double> e : ranked) {
      if (out.size() == k) {
        break;
      }
      out.add(TagKey.of(e.getKey()));
    }
    return List.copyOf(out);
  }

  /** Candidate phrases with their counts, in order of first appearance. */
  static Map<String, Integer> phrases(String text) {
    List<String> words = new ArrayList<>();
    String folded = TextKeys.withoutAccents(text).toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{N}-]+")) {
      String word = w.replaceAll("^-+|-+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
        String first = words.get(i);
        String last = words.get(i + n - 1);
        if (STOP.contains(first)
            || STOP.contains(last)
            || last.matches("\\d+")
            || first.matches("\\d+")) {
          continue;
        }
        if (n == 3 && STOP.contains(words.get(i + 1)) && !words.get(i + 1).equals("of")) {
          continue;
        }
        out.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return out;
  }
}
