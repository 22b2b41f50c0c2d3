package org.paperscope.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptDetectorTest {
  private final ConceptDetector detector = ConceptDetector.standard();

  private List<String> names(String title, String abstractText) {
    return detector.detect(title, abstractText).stream().map(Concept::name).toList();
  }

  @Test
  void proposedNameWithAppositionIsAConcept() {
    assertThat(names(null, "We propose Reptile, a first-order meta-learning algorithm."))
        .containsExactly("Reptile");
  }

  @Test
  void longFormWithAcronymAfterAnIntroducingWordPairsThem() {
    List<Concept> found =
        detector.detect(
            null,
            "We propose a meta path planning algorithm named Neural Exploration-Exploitation"
                + " Trees (NEXT) for learning from prior experience.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).name()).isEqualTo("NEXT");
    assertThat(found.get(0).aliases()).containsExactly("Neural Exploration-Exploitation Trees");
  }

  @Test
  void ordinaryAcronymsAreNotIntroduced() {
    assertThat(
            names(
                null,
                "We propose a new way to train generative adversarial networks (GANs) and"
                    + " convolutional neural networks (CNNs) with stochastic gradient descent"
                    + " (SGD)."))
        .isEmpty();
  }

  @Test
  void descriptionWithoutANameIsNoConcept() {
    assertThat(names(null, "We propose a novel regularizer for deep networks. It works."))
        .isEmpty();
  }

  @Test
  void someoneElsesRecentlyProposedMethodIsNotIntroduced() {
    assertThat(
            names(
                null,
                "Our approach is based on the recently proposed Wasserstein Autoencoder (WAE)"
                    + " which formalizes adversarial autoencoders."))
        .isEmpty();
  }

  @Test
  void calledNamesCountOnlyWhenThePaperIsTheOneNaming() {
    assertThat(names(null, "We derive a new discrepancy measure called box discrepancy."))
        .containsExactly("box discrepancy");
    assertThat(names(null, "Computation waits for slow processors called stragglers.")).isEmpty();
    assertThat(names(null, "We study the so-called lottery tickets of dense networks.")).isEmpty();
  }

  @Test
  void whichWeCallNamesALowerCasePhrase() {
    assertThat(
            names(
                null,
                "Such sub-networks can be found in the lifelong setting, which we call lifelong"
                    + " tickets."))
        .containsExactly("lifelong tickets");
  }

  @Test
  void emphasisedTermAfterAnIntroducingWordIsAConcept() {
    assertThat(
            names(
                null,
                "In this paper, we propose to use \\emph{gradient disparity}, which we define as"
                    + " the distance between gradients."))
        .containsExactly("gradient disparity");
  }

  @Test
  void nameBeforeItsLongFormInParentheses() {
    List<Concept> found =
        detector.detect(
            null, "The proposed MetaD2A (Meta Dataset-to-Architecture) model can generate graphs.");
    assertThat(found).extracting(Concept::name).containsExactly("MetaD2A");
    assertThat(found.get(0).aliases()).containsExactly("Meta Dataset-to-Architecture");
  }

  @Test
  void twoBenchmarksProposedInAList() {
    assertThat(
            names(
                null,
                "Further, we propose two synthetic benchmarks, HouseQA and ShapeIntersection, to"
                    + " evaluate the reasoning capability."))
        .containsExactly("HouseQA", "ShapeIntersection");
  }

  @Test
  void titleNameBeforeAColonIsAConceptOfThePaper() {
    assertThat(names("PixelNN: Example-based Image Synthesis", "We present a simple method."))
        .containsExactly("PixelNN");
    assertThat(names("Deep Learning: A Review", "We review deep learning.")).isEmpty();
  }

  @Test
  void titleServesAsEvidenceForAPhraseTheAbstractIntroduces() {
    String text = "We propose a DC proximal Newton algorithm for sparse learning.";
    assertThat(
            detector.inAbstract("On Quadratic Convergence of DC Proximal Newton Algorithm", text))
        .extracting(Concept::name)
        .containsExactly("DC proximal Newton algorithm");
    assertThat(detector.inAbstract("Sparse Learning at Scale", text)).isEmpty();
  }

  @Test
  void modifierAcronymBeforeLowerCaseWordsIsNoName() {
    assertThat(names(null, "We propose an ADMM based solver for sparse problems.")).isEmpty();
  }

  @Test
  void longFormBrokenAtALineEndIsJoined() {
    // A NeurIPS 2004 abstract: "Hash- ing" once crashed the detector (string index out of range).
    List<Concept> found =
        detector.detect(
            null, "We propose Locality Sensitive Hash- ing (LSH), a new scheme for search.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).aliases()).containsExactly("Locality Sensitive Hashing");
  }

  @Test
  void nothingForNoAbstract() {
    assertThat(detector.inAbstract("Title", null)).isEmpty();
  }
}
