package org.paperscope.tldr;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a one-sentence TL;DR of a paper from its title and abstract: every sentence of the
 * abstract offers {@link Candidates} (the sentence cleaned, its part from "we …" on, its leading
 * clauses, shortened forms), and the {@link TldrModel} picks the candidate it expects to share the
 * most words with a TL;DR its authors would write. Deterministic: the same title and abstract give
 * the same TL;DR (of equals, the first candidate). Thread-safe.
 */
public final class AutoTldr {
  /**
   * The method's version, part of every cached TL;DR's key: bump it when the model, its features or
   * the rules change what is written.
   */
  public static final String VERSION = "rank5";

  private final TldrModel model;

  public AutoTldr(TldrModel model) {
    this.model = model;
  }

  /** With the shipped model. */
  public static AutoTldr shipped() {
    return new AutoTldr(TldrModel.shipped());
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
  public Optional<String> write(String title, List<String> given) {
    List<String> sentences = Sentences.resplit(given);
    List<Candidates.Candidate> candidates = Candidates.of(sentences);
    if (candidates.isEmpty()) {
      // Only scraps of sentences: the longest, cleaned, if anything is left of it.
      return sentences.stream()
          .max(Comparator.comparingInt(String::length))
          .map(Compression::apply)
          .filter(s -> !s.isEmpty());
    }
    double[] scores = model.score(title == null ? "" : title, sentences, candidates);
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return Optional.of(candidates.get(best).text());
  }
}
