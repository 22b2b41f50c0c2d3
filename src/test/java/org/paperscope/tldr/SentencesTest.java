package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void sentencesGluedByALostSpaceAreSplitAgainButNotAfterAnAbbreviation() {
    assertThat(
            Sentences.resplit(
                List.of(
                    "We propose Ada-Boundary, an algorithm that adapts to the learning progress of"
                        + " the model.Our key idea is simple.",
                    "It was studied at length in (Evans and Richardson, 2014).In this paper, we"
                        + " show more.",
                    "As shown by Smith et al.In contrast, we use e.g.Adam.")))
        .containsExactly(
            "We propose Ada-Boundary, an algorithm that adapts to the learning progress of the"
                + " model.",
            "Our key idea is simple.",
            "It was studied at length in (Evans and Richardson, 2014).",
            "In this paper, we show more.",
            "As shown by Smith et al.In contrast, we use e.g.Adam.");
  }

  @Test
  void aSentenceMayOpenWithLatexAndCloseWithABrace() {
    assertThat(
            Sentences.split(
                "We adapt optimizers to federated learning. {\\sc Mime} uses control variates."
                    + " Does it transfer?} We analyze it. $k$-means is a baseline."))
        .containsExactly(
            "We adapt optimizers to federated learning.",
            "{\\sc Mime} uses control variates.",
            "Does it transfer?}",
            "We analyze it.",
            "$k$-means is a baseline.");
  }

  @Test
  void aSentenceStartsAfterAnInitialOrEtAlWhenItsFirstWordOpensSentences() {
    assertThat(
            Sentences.split(
                "A model by Vaskevicius et al. and Woodworth et al. We show that it works on the"
                    + " data X. Our method is fast, cf. Fig. 2 of Smith et al. 2019."))
        .containsExactly(
            "A model by Vaskevicius et al. and Woodworth et al.",
            "We show that it works on the data X.",
            "Our method is fast, cf. Fig. 2 of Smith et al. 2019.");
  }
}
