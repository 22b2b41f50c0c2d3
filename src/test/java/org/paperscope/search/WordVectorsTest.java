package org.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
  /** 100 papers: 10 on graph pooling, 10 on sparse attention, 80 each with words of its own. */
  private static List<String> corpus() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.add("Graph pooling for the molecules of graph networks, study " + i);
      texts.add("Sparse attention in the transformers with sparse heads, study " + i);
    }
    for (int i = 0; i < 80; i++) {
      texts.add("Unrelated words number" + i + " alone" + i);
    }
    return texts;
  }

  @Test
  void termsAreWordsAndPairsWithoutStopWordsInFiveToTenPercentOfPapers() {
    WordVectors words = WordVectors.of(corpus());
    assertThat(WordVectors.tokens("The Graph, of pooling: x2 and 3d _under"))
        .containsExactly("graph", "pooling", "x2", "_under");
    WordVectors.Vector v = words.vector("graph pooling of networks");
    // graph, pooling, networks and "graph pooling"; "pooling networks" (the stop word "of" is
    // left out before pairs are made) is in no paper of the corpus, and "study" is in 20% of the
    // papers: no terms.
    assertThat(v.terms()).hasSize(4);
    assertThat(words.vector("pooling molecules").terms()).hasSize(3);
    assertThat(words.vector("study number7 alone7").terms()).isEmpty();
    double norm = 0;
    for (float w : v.weights()) {
      norm += w * w;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void papersOnOneTopicAreCloserThanAcrossTopics() {
    WordVectors words = WordVectors.of(corpus());
    WordVectors.Vector a = words.vector("Graph pooling of molecules");
    WordVectors.Vector b = words.vector("Pooling graph networks for molecules");
    WordVectors.Vector c = words.vector("Sparse attention heads");
    assertThat(a.cosine(b)).isGreaterThan(0.5);
    assertThat(a.cosine(c)).isZero();
    assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-5));
    // Repeating a word counts 1 + ln(count), not count.
    WordVectors.Vector once = words.vector("graph sparse");
    WordVectors.Vector thrice = words.vector("graph graph graph sparse");
    assertThat(thrice.weights()[0] / thrice.weights()[1])
        .isCloseTo(
            (float) (1 + Math.log(3)) * (once.weights()[0] / once.weights()[1]), within(1e-4f));
  }

  @Test
  void aSmallCorpusHasNoTermsAndEveryCosineIsZero() {
    WordVectors words = WordVectors.of(List.of("graph pooling", "graph pooling", "sparse"));
    assertThat(words.terms()).isZero();
    assertThat(words.vector("graph pooling").cosine(words.vector("graph pooling"))).isZero();
  }
}
