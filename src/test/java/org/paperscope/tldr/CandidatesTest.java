package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.tldr.Candidates.Candidate;
import org.paperscope.tldr.Candidates.Edit;

class CandidatesTest {
  private static List<String> texts(String sentence) {
    return Candidates.of(sentence, 0).stream().map(Candidate::text).toList();
  }

  @Test
  void aSentenceOffersItselfItsWePartAndItsLeadingClauses() {
    String sentence =
        "To reduce the memory of training, we propose ReCompute, a method which stores few"
            + " activations by recomputing the rest with little overhead.";
    List<Candidate> candidates = Candidates.of(sentence, 3);
    assertThat(candidates).allSatisfy(c -> assertThat(c.sentence()).isEqualTo(3));
    assertThat(candidates.get(0).edit()).isEqualTo(Edit.FULL);
    assertThat(candidates.get(0).text()).isEqualTo(sentence);
    assertThat(candidates)
        .extracting(Candidate::text)
        .contains(
            "We propose ReCompute, a method which stores few activations by recomputing the rest"
                + " with little overhead.",
            "We propose ReCompute, a method.",
            "We propose ReCompute, a method which stores few activations.")
        .doesNotHaveDuplicates();
    // A cut before "with" leaves a fragment: never offered.
    assertThat(candidates)
        .filteredOn(c -> c.edit() == Edit.CUT || c.edit() == Edit.WE_CUT)
        .extracting(Candidate::text)
        .noneMatch(t -> t.endsWith("by recomputing the rest."));
    assertThat(candidates)
        .filteredOn(
            c -> c.text().equals("We propose ReCompute, a method which stores few activations."))
        .extracting(Candidate::cutBefore)
        .containsExactly("by");
  }

  /** Sentences of SciTLDR train and dev whose candidates read "This paper we …" or "which is.". */
  @Test
  void thePapersOwnReferenceAndDanglingWordsAreLeftOut() {
    List<String> first =
        texts(
            "While common methods represent this history using a Recurrent Neural Network (RNN),"
                + " in this paper we propose an alternative representation which is based on the"
                + " record of the past events observed in a given episode.");
    assertThat(first)
        .contains(
            "We propose an alternative representation which is based on the record of the past"
                + " events observed in a given episode.",
            "We propose an alternative representation.")
        .noneMatch(t -> t.startsWith("This paper") || t.startsWith("In this paper"))
        .noneMatch(t -> t.endsWith(" is."));
    List<String> second =
        texts(
            "Neural networks have been successfully applied to this problem, and in this paper,"
                + " we propose an attention-based deep neural network which better incorporates"
                + " different embeddings of the queries.");
    assertThat(second)
        .contains("We propose an attention-based deep neural network.")
        .noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("this paper"));
    assertThat(
            texts("This paper we present a defogger, a model that learns to predict the future."))
        .first()
        .isEqualTo("We present a defogger, a model that learns to predict the future.");
    assertThat(texts("In this work,we propose two variational methods for training VAEs."))
        .first()
        .isEqualTo("We propose two variational methods for training VAEs.");
    assertThat(texts("We show in this paper that GANs can learn distributions with few samples."))
        .first()
        .isEqualTo("We show that GANs can learn distributions with few samples.");
    assertThat(texts("We propose a novel adversarial learning framework in this work."))
        .first()
        .isEqualTo("We propose a novel adversarial learning framework.");
    // Shortened to 15 words, a sentence must not end on a preposition ("… towards.").
    assertThat(
            texts(
                "We propose a framework which can factor in dependencies among domains to optimize"
                    + " the models towards better joint goal accuracy on the benchmark."))
        .noneMatch(t -> t.endsWith(" towards.") || t.endsWith(" to."));
  }

  @Test
  void everyCandidateIsOneCleanSentenceOfThreeToThirtyWords() {
    String sentence =
        "In this paper, we study (as many before us [3]) the problem of learning representations"
            + " that transfer across tasks and domains, which has been studied extensively by"
            + " the community in computer vision and natural language processing, and we show"
            + " that $\\alpha$-weighted objectives transfer best across all settings we tried.";
    List<String> texts = texts(sentence);
    assertThat(texts).isNotEmpty();
    for (String text : texts) {
      int words = Candidates.words(text);
      assertThat(words).as(text).isBetween(3, Compression.MAX_WORDS);
      assertThat(text).as(text).endsWith(".").doesNotContain("(", "[", "$", "\\", "In this paper");
      assertThat(Character.isUpperCase(text.charAt(0))).as(text).isTrue();
      assertThat(Sentences.split(text)).as(text).hasSize(1);
    }
  }

  @Test
  void anOpeningAdverbialIsDroppedAndCutsAreLabelledByWhatFollows() {
    assertThat(texts("Recently, deep networks have reached human accuracy on many benchmarks."))
        .contains("Deep networks have reached human accuracy on many benchmarks.");
    assertThat(Candidates.label("a model, which", 7)).isEqualTo(",");
    assertThat(Candidates.label("a model in order to win", 7)).isEqualTo("in order to");
    assertThat(Candidates.label("a model in a box", 7)).isEqualTo("in");
    assertThat(Candidates.weStart("To scale up training, we shard the model across machines."))
        .isEqualTo("we shard the model across machines.");
    assertThat(Candidates.weStart("We shard the model.")).isNull();
    assertThat(Candidates.of(List.of("Too short.", "", "Fine words here."))).hasSize(1);
  }
}
