package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressionTest {
  @Test
  void dropsOpeningPhrasesAsidesAndCitations() {
    assertThat(
            Compression.apply(
                "In this paper, we propose FearNet (a dual-memory model) [3, 4] that learns"
                    + " incrementally (Kemker et al., 2018)"))
        .isEqualTo("We propose FearNet that learns incrementally.");
    assertThat(Compression.apply("However, to this end, we show that $\\alpha$-nets converge."))
        .isEqualTo("We show that α-nets converge.");
  }

  @Test
  void neverLeavesUnbalancedBracketsOrLatex() {
    String tldr =
        Compression.apply("We bound the loss (see Theorem 2 and \\textbf{Eq.} [5 by $x^2$.");
    assertThat(tldr).doesNotContain("(", ")", "[", "]", "$", "\\", "{", "}").endsWith(".");
  }

  @Test
  void aLongSentenceIsCutAtAClauseBoundaryWithinThirtyWords() {
    String sentence =
        "We introduce a scalable method for training very deep residual networks on small devices"
            + " with limited memory, which stores only a few activations and recomputes the rest"
            + " during the backward pass, and we evaluate it on ImageNet and CIFAR.";
    String tldr = Compression.apply(sentence);
    assertThat(tldr.split(" ").length).isLessThanOrEqualTo(Compression.MAX_WORDS);
    assertThat(tldr)
        .isEqualTo(
            "We introduce a scalable method for training very deep residual networks on small"
                + " devices with limited memory.");
  }

  @Test
  void aSentenceWithoutBreaksIsCutAtThirtyWordsWithoutADanglingWord() {
    String words = "word ".repeat(40) + "and the end";
    String tldr = Compression.apply(words);
    assertThat(tldr.split(" ")).hasSizeLessThanOrEqualTo(Compression.MAX_WORDS);
    assertThat(tldr).startsWith("Word word").endsWith("word.");
  }

  @Test
  void demoSentencesThatBrokeTheRules() {
    // Found in the demo's Auto-TLDRs: a setting before "we", a stray full stop, a dangling
    // "namely" left by a cut at a clause break.
    assertThat(Compression.apply("In this theoretical contribution we provide a proof of it."))
        .isEqualTo("We provide a proof of it.");
    assertThat(Compression.apply("In this case, we show that estimation reduces to arrivals."))
        .isEqualTo("We show that estimation reduces to arrivals.");
    assertThat(Compression.apply("In this paper. we approach the problem of predicting behaviour."))
        .isEqualTo("We approach the problem of predicting behaviour.");
    String cut =
        Compression.apply(
            "We have built a contrast-sensitive silicon retina that models all major synaptic"
                + " interactions in the outer-plexiform layer of the vertebrate retina using"
                + " current-mode CMOS circuits: namely, reciprocal synapses between cone terminals"
                + " and horizontal cells.");
    assertThat(cut).doesNotEndWith("namely.").endsWith("circuits.");
  }

  @Test
  void nothingReadableGivesNothing() {
    assertThat(Compression.apply("  (1) ")).isEmpty();
    assertThat(Compression.apply(null)).isEmpty();
  }

  @Test
  void aSentenceNeverEndsOnAWordLeftBeforeARemovedFormulaOrABrokenHyphen() {
    assertThat(Compression.apply("We design the optimum classifier from low order marginals of."))
        .isEqualTo("We design the optimum classifier from low order marginals.");
    // A cut inside "state-of-the-art".
    assertThat(Compression.finish("Our method outperforms state-of-the-"))
        .isEqualTo("Our method outperforms state.");
    // A sentence may end on a preposition: that stays.
    assertThat(Compression.apply("We build the environments agents interact with."))
        .isEqualTo("We build the environments agents interact with.");
    assertThat(Compression.apply("Of the.")).isEmpty();
  }
}
