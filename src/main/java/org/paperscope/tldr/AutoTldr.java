package org.paperscope.tldr;

import java.util.List;
import java.util.Optional;

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
  public static final String VERSION = "select1";

  private final SentenceScorer scorer;

  public AutoTldr(SentenceScorer scorer) {
    this.scorer = scorer;
  }

  /** With the shipped scorer. */
  public static AutoTldr shipped() {
    return new AutoTldr(SentenceScorer.shipped());
  }

  /** The TL;DR of a paper, or empty when its abstract has no sentence to give. */
  public Optional<String> write(String title, String abstractText) {
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
