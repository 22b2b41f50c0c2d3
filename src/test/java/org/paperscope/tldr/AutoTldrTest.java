package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AutoTldrTest {
  private static final AutoTldr AUTO = AutoTldr.shipped();

  private static final String TITLE = "FearNet: Brain-Inspired Model for Incremental Learning";
  private static final String ABSTRACT =
      "Incremental class learning involves sequentially learning classes in bursts of examples"
          + " from the same class. This violates the assumptions that underlie methods for"
          + " training standard deep neural networks, and will cause them to suffer from"
          + " catastrophic forgetting. In this paper, we propose FearNet for incremental class"
          + " learning. FearNet is a generative model that does not store previous examples,"
          + " making it memory efficient. We show that FearNet achieves state-of-the-art"
          + " performance at incremental class learning on image (CIFAR-100, CUB-200) and audio"
          + " classification (AudioSet) benchmarks.";

  @Test
  void picksTheContributionAndWritesOneCleanSentence() {
    String tldr = AUTO.write(TITLE, ABSTRACT).orElseThrow();
    assertThat(tldr).contains("FearNet").doesNotStartWith("In this paper").endsWith(".");
    assertThat(Sentences.split(tldr)).hasSize(1);
    assertThat(tldr.split(" ").length).isLessThanOrEqualTo(Compression.MAX_WORDS);
  }

  @Test
  void placeholdersAndScrapsAreNoAbstract() {
    // Demo records whose "abstract" is a placeholder or a scrap got TL;DRs such as
    // "Abstract Unavailable." and "That deals with.".
    for (String scrap :
        List.of(
            "Abstract Unavailable",
            "abstract not available.",
            "-",
            "(LLE)",
            "that deals with",
            "N/A")) {
      assertThat(AutoTldr.summarizable(scrap)).as(scrap).isFalse();
      assertThat(AUTO.write(TITLE, scrap)).as(scrap).isEmpty();
    }
    assertThat(AutoTldr.summarizable("We learn to rank papers by meaning")).isTrue();
  }

  @Test
  void theSameInputGivesTheSameTldr() {
    assertThat(AUTO.write(TITLE, ABSTRACT)).isEqualTo(AutoTldr.shipped().write(TITLE, ABSTRACT));
  }

  @Test
  void emptyOneSentenceAndHugeAbstracts() {
    assertThat(AUTO.write(TITLE, "")).isEmpty();
    assertThat(AUTO.write(TITLE, (String) null)).isEmpty();
    assertThat(AUTO.write("T", "We learn to rank papers by meaning"))
        .contains("We learn to rank papers by meaning.");
    String huge = "We study a long problem with many words in it. ".repeat(2_500);
    assertThat(huge.length()).isGreaterThan(100_000);
    assertThat(AUTO.write(TITLE, huge)).contains("We study a long problem with many words in it.");
  }

  @Test
  void everyTldrOfSciTldrDevIsOneCleanSentenceOfAtMostThirtyWords() throws Exception {
    List<org.paperscope.eval.SciTldrFile.Paper> papers =
        org.paperscope.eval.SciTldrFile.read(
            org.paperscope.fixtures.SharedData.file("scitldr/SciTLDR-A/dev.jsonl"));
    assertThat(papers).hasSizeGreaterThan(600);
    for (org.paperscope.eval.SciTldrFile.Paper paper : papers) {
      String tldr = AUTO.write(paper.title(), paper.sentences()).orElseThrow();
      assertThat(tldr.split(" ").length).as(tldr).isBetween(3, Compression.MAX_WORDS);
      assertThat(Sentences.split(tldr)).as(tldr).hasSize(1);
      assertThat(tldr)
          .as(tldr)
          .matches("(?s).*[.?!]")
          .doesNotStartWith("In this paper")
          .doesNotStartWith("This paper we")
          .doesNotContain("(", ")", "[", "]", "$", "\\", "{", "}")
          .doesNotContainPattern("(?i)\\bin this (?:paper|work)\\b")
          // No dangling word: "… which is.", "… of the.", "… towards."
          .doesNotContainPattern(
              "\\b(?:is|are|was|were|which|that|of|to|the|a|an|and|with|for|towards?)\\.$");
      assertThat(
              Character.isUpperCase(tldr.codePointAt(0))
                  || !Character.isLetter(tldr.codePointAt(0)))
          .as(tldr)
          .isTrue();
      assertThat(AUTO.write(paper.title(), paper.sentences())).contains(tldr);
    }
  }
}
