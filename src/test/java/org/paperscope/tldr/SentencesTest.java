package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void splitsAtFullStopsBeforeACapitalButNotAfterAbbreviations() {
    assertThat(
            Sentences.split(
                "Deep nets (e.g. ResNets) overfit. We propose a fix, cf. Fig. 2 of Smith et al."
                    + " 2019. It works!  Results improve by 2.5 points? Yes."))
        .containsExactly(
            "Deep nets (e.g. ResNets) overfit.",
            "We propose a fix, cf. Fig. 2 of Smith et al. 2019.",
            "It works!",
            "Results improve by 2.5 points?",
            "Yes.");
  }

  @Test
  void aLowerCaseWordAfterAPeriodContinuesTheSentence() {
    assertThat(Sentences.split("We use the U.S. census. and more text here. Done."))
        .containsExactly("We use the U.S. census. and more text here.", "Done.");
  }

  @Test
  void blankTextsHaveNoSentencesAndATextWithoutFullStopIsOne() {
    assertThat(Sentences.split("   ")).isEmpty();
    assertThat(Sentences.split(null)).isEmpty();
    assertThat(Sentences.split("A title-like line without a stop"))
        .containsExactly("A title-like line without a stop");
  }
}
