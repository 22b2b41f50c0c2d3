package org.paperscope.tldr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.tldr.Candidates.Candidate;

/**
 * What the ranker knows of each candidate TL;DR: the {@link SentenceFeatures} of the sentence it
 * came from; its length (as ROUGE counts words) and length band; how it was made and before what it
 * was cut; its overlap with the title and the rest of the abstract; cue phrases; and the ROUGE-1 F1
 * it should expect, given the {@link WordModel}'s probability of each of its words to be in the
 * TL;DR. Stateless and thread-safe.
 */
final class CandidateFeatures {
  private static final int[] LENGTH_BANDS = {10, 15, 20, 25, 30, 40};

  /** Common words (as stemmed) whose share is a feature. */
  private static final Set<String> STOP =
      Set.of(
          ("a an the of to in for on with by and or is are was we our this that these which as from"
                  + " be can it its at into use base")
              .split(" "));

  private static final List<String> CUES =
      List.of(
          "we propose",
          "we introduce",
          "we present",
          "we show",
          "we develop",
          "this paper",
          "novel",
          "method",
          "approach",
          "model",
          "framework");

  /** Gold TL;DR lengths the expected F1 is computed for. */
  private static final int[] GOLD_LENGTHS = {15, 20, 25};

  /** The words of a TL;DR are about this share of the expected words. */
  private static final double EXPECTED_SHARE = 0.83;

  static final List<String> NAMES = names();

  private CandidateFeatures() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    SentenceFeatures.NAMES.forEach(n -> names.add("sentence: " + n));
    names.addAll(List.of("length", "length squared", "share of its sentence"));
    names.add("length <= " + LENGTH_BANDS[0]);
    for (int b = 1; b < LENGTH_BANDS.length; b++) {
      names.add("length " + (LENGTH_BANDS[b - 1] + 1) + "-" + LENGTH_BANDS[b]);
    }
    names.add("length > " + LENGTH_BANDS[LENGTH_BANDS.length - 1]);
    for (Candidates.Edit edit : Candidates.Edit.values()) {
      names.add("edit: " + edit.label());
    }
    Candidates.CUT_LABELS.forEach(l -> names.add("cut before: " + l));
    names.addAll(
        List.of(
            "title words covered",
            "share of title words",
            "centrality",
            "sentence frequency",
            "stop words",
            "starts with we",
            "starts with this paper"));
    CUES.forEach(c -> names.add("cue: " + c));
    names.addAll(
        List.of(
            "expected overlap / 20",
            "expected precision",
            "expected F1 @15",
            "expected F1 @20",
            "expected F1 @25",
            "expected F1 @expected length",
            "expected length / 40"));
    return List.copyOf(names);
  }

  /** One row per candidate, in order. */
  static double[][] of(
      String title,
      List<String> sentences,
      List<Candidate> candidates,
      Map<String, Double> probability) {
    double[][] sentenceRows = SentenceFeatures.of(title, sentences);
    Set<String> titleWords = new HashSet<>(Words.stems(title));
    int n = Math.max(1, sentences.size());
    List<Integer> sentenceLengths = new ArrayList<>();
    Map<String, Integer> sentencesWith = new HashMap<>();
    for (String sentence : sentences) {
      List<String> stems = Words.stems(sentence);
      sentenceLengths.add(stems.size());
      new HashSet<>(stems).forEach(s -> sentencesWith.merge(s, 1, Integer::sum));
    }
    double expectedWords = 0;
    for (double p : probability.values()) {
      expectedWords += p;
    }
    expectedWords /= EXPECTED_SHARE;
    double[][] rows = new double[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      Candidate candidate = candidates.get(c);
      List<String> words = Words.stems(candidate.text());
      int length = Math.max(1, words.size());
      Set<String> distinct = new HashSet<>(words);
      double[] row = new double[NAMES.size()];
      double[] sentence = sentenceRows[candidate.sentence()];
      System.arraycopy(sentence, 0, row, 0, sentence.length);
      int f = sentence.length;
      double scaled = Math.min(length, 60) / 60.0;
      row[f++] = scaled;
      row[f++] = scaled * scaled;
      row[f++] = (double) length / Math.max(1, sentenceLengths.get(candidate.sentence()));
      int band = 0;
      while (band < LENGTH_BANDS.length && length > LENGTH_BANDS[band]) {
        band++;
      }
      row[f + band] = 1;
      f += LENGTH_BANDS.length + 1;
      row[f + candidate.edit().ordinal()] = 1;
      f += Candidates.Edit.values().length;
      row[f + Candidates.CUT_LABELS.indexOf(candidate.cutBefore())] = 1;
      f += Candidates.CUT_LABELS.size();
      Set<String> inTitle = new HashSet<>(distinct);
      inTitle.retainAll(titleWords);
      row[f++] = titleWords.isEmpty() ? 0 : (double) inTitle.size() / titleWords.size();
      row[f++] = distinct.isEmpty() ? 0 : (double) inTitle.size() / distinct.size();
      int shared = 0;
      long frequency = 0;
      int stop = 0;
      for (String w : words) {
        int with = sentencesWith.getOrDefault(w, 0);
        shared += with > 1 ? 1 : 0;
        frequency += with;
        stop += STOP.contains(w) ? 1 : 0;
      }
      row[f++] = (double) shared / length;
      row[f++] = (double) frequency / ((double) length * n);
      row[f++] = (double) stop / length;
      String lower = candidate.text().toLowerCase(Locale.ROOT);
      row[f++] = lower.startsWith("we ") ? 1 : 0;
      row[f++] = lower.startsWith("this paper") ? 1 : 0;
      for (String cue : CUES) {
        row[f++] = lower.contains(cue) ? 1 : 0;
      }
      double overlap = 0;
      for (String w : distinct) {
        overlap += probability.getOrDefault(w, 0.0);
      }
      row[f++] = overlap / 20;
      row[f++] = overlap / length;
      for (int gold : GOLD_LENGTHS) {
        row[f++] = 2 * overlap / (length + gold);
      }
      row[f++] = 2 * overlap / (length + expectedWords);
      row[f++] = expectedWords / 40;
      rows[c] = row;
    }
    return rows;
  }
}
