package org.paperscope.tldr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a one-sentence TL;DR of a paper from its title and abstract: the {@link SentenceScorer}
 * picks the abstract sentence most like a TL;DR, and {@link Compression} makes it read as one.
 * Deterministic: the same title and abstract give the same TL;DR. Thread-safe.
 */
public final class AutoTldr {
  /**
   * The method's version, part of every cached TL;DR's key: bump it when the scorer, its features
   * or the rules change what is written.
   */
  public static final String VERSION = "select2";

  private final SentenceScorer scorer;

  public AutoTldr(SentenceScorer scorer) {
    this.scorer = scorer;
  }

  /** With the shipped scorer. */
  public static AutoTldr shipped() {
    return new AutoTldr(SentenceScorer.shipped());
  }

  /** Fewer words than this, and an abstract is no abstract ("-", "(LLE)", "that deals with"). */
  static final int MIN_ABSTRACT_WORDS = 5;

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?:abstract\\s*)?(?:is\\s+)?(?:not\\s+available|unavailable|missing|n/?a|none|tbd"
              + "|to be (?:added|announced)|coming soon)\\W*",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether an abstract can be summarised: at least {@link #MIN_ABSTRACT_WORDS} words, and not a
   * placeholder such as "Abstract Unavailable".
   */
  public static boolean summarizable(String abstractText) {
    if (abstractText == null || abstractText.isBlank()) {
      return false;
    }
    String text = abstractText.strip();
    long words =
        Arrays.stream(text.split("\\s+"))
            .filter(w -> w.chars().anyMatch(Character::isLetter))
            .count();
    return words >= MIN_ABSTRACT_WORDS && !PLACEHOLDER.matcher(text).matches();
  }

  /**
   * The TL;DR of a paper, or empty when its abstract is none ({@link #summarizable}) or gives none.
   */
  public Optional<String> write(String title, String abstractText) {
    if (!summarizable(abstractText)) {
      return Optional.empty();
    }
    return write(title, Sentences.split(abstractText));
  }

  /** The TL;DR from sentences already split (SciTLDR gives them so). */
  public Optional<String> write(String title, List<String> sentences) {
    int best = best(title, sentences);
    if (best < 0) {
      return Optional.empty();
    }
    String tldr = Compression.apply(sentences.get(best));
    return tldr.isEmpty() ? Optional.empty() : Optional.of(tldr);
  }

  /** The index of the sentence the scorer rates highest (the first of equals); -1 for none. */
  public int best(String title, List<String> sentences) {
    if (sentences.isEmpty()) {
      return -1;
    }
    double[] scores = scorer.score(SentenceFeatures.of(title == null ? "" : title, sentences));
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }
}
