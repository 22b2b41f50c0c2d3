package org.paperscope.tldr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the TL;DR ranker knows of each sentence of an abstract (part of {@link CandidateFeatures}):
 * its position, its length, how many of the title's words it holds, how central it is (its words
 * found in the other sentences), and cue phrases that announce a contribution ("we propose", "in
 * this paper") or a result. Every feature lies in 0–1; the first is a constant 1 (the intercept).
 * Stateless and thread-safe.
 */
public final class SentenceFeatures {
  /** Phrases whose presence is a feature each, looked for in the lower-cased sentence. */
  static final List<String> CUES =
      List.of(
          "we propose",
          "we introduce",
          "we present",
          "we show",
          "we develop",
          "we demonstrate",
          "this paper",
          "in this paper",
          "in this work",
          "our method",
          "our approach",
          "novel",
          "we find",
          "we study",
          "we investigate",
          "outperform",
          "state-of-the-art",
          "results",
          "experiments");

  /** The features' names, in order (the model file keys its weights by them). */
  public static final List<String> NAMES = names();

  private SentenceFeatures() {}

  private static List<String> names() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "bias",
                "relative position",
                "first",
                "second",
                "third",
                "last",
                "sentences",
                "words",
                "words squared",
                "title words covered",
                "share of title words",
                "centrality",
                "starts with we",
                "has digit",
                "parentheses",
                "commas"));
    CUES.forEach(cue -> names.add("cue: " + cue));
    return List.copyOf(names);
  }

  /** One row of features per sentence. */
  public static double[][] of(String title, List<String> sentences) {
    int n = sentences.size();
    Set<String> titleWords = new HashSet<>(Words.stems(title));
    List<List<String>> words = new ArrayList<>(n);
    Map<String, Integer> sentencesWith = new HashMap<>();
    for (String sentence : sentences) {
      List<String> stems = Words.stems(sentence);
      words.add(stems);
      for (String stem : new HashSet<>(stems)) {
        sentencesWith.merge(stem, 1, Integer::sum);
      }
    }
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      String sentence = sentences.get(i);
      String lower = sentence.toLowerCase(Locale.ROOT);
      List<String> own = words.get(i);
      Set<String> distinct = new HashSet<>(own);
      int shared = 0;
      for (String stem : own) {
        if (sentencesWith.get(stem) > 1) {
          shared++;
        }
      }
      Set<String> inTitle = new HashSet<>(distinct);
      inTitle.retainAll(titleWords);
      double length = Math.min(own.size(), 60) / 60.0;
      double[] row = new double[NAMES.size()];
      int f = 0;
      row[f++] = 1;
      row[f++] = n <= 1 ? 0 : (double) i / (n - 1);
      row[f++] = i == 0 ? 1 : 0;
      row[f++] = i == 1 ? 1 : 0;
      row[f++] = i == 2 ? 1 : 0;
      row[f++] = i == n - 1 ? 1 : 0;
      row[f++] = Math.min(n, 15) / 15.0;
      row[f++] = length;
      row[f++] = length * length;
      row[f++] = titleWords.isEmpty() ? 0 : (double) inTitle.size() / titleWords.size();
      row[f++] = distinct.isEmpty() ? 0 : (double) inTitle.size() / distinct.size();
      row[f++] = own.isEmpty() ? 0 : (double) shared / own.size();
      row[f++] = lower.startsWith("we ") ? 1 : 0;
      row[f++] = lower.chars().anyMatch(Character::isDigit) ? 1 : 0;
      row[f++] = Math.min(count(sentence, '('), 3) / 3.0;
      row[f++] = Math.min(count(sentence, ','), 5) / 5.0;
      for (String cue : CUES) {
        row[f++] = lower.contains(cue) ? 1 : 0;
      }
      rows[i] = row;
    }
    return rows;
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }
}
