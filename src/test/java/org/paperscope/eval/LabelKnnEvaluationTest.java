package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelKnnEvaluationTest {
  @Test
  void separateTopicsAreLabelledRightByEverySimilarity() {
    LabelKnnResult result =
        LabelKnnEvaluation.run(
            twoTopics(), new LabelKnnEvaluation.Settings(1, 3, 42, List.of(0.0, 1.0)));

    assertThat(result.papers()).isEqualTo(8);
    assertThat(result.labels()).isEqualTo(2);
    assertThat(result.tfidf()).isEqualTo(1.0);
    assertThat(result.embedding()).isEqualTo(1.0);
    assertThat(result.fixedWeights()).containsExactly(1.0, 1.0);
    assertThat(result.nestedWeight()).isEqualTo(1.0);
    assertThat(result.fusion()).isEqualTo(1.0);
    assertThat(result.words()).isEqualTo(1.0);
    assertThat(result.wordsNested()).isEqualTo(1.0);
    assertThat(result.shipped()).isEqualTo(1.0);
  }

  @Test
  void shippedRanksTheEmbeddingsHundredNearestAgainByWords() {
    int n = 102;
    float[] embedding = new float[n];
    float[] words = new float[n];
    for (int i = 0; i < n; i++) {
      embedding[i] = 1f - i / 200f;
    }
    words[50] = 1f;
    words[101] = 1f;
    float[] score = LabelKnnEvaluation.shipped(embedding, words, i -> i != 0);
    assertThat(score[0]).isEqualTo(Float.NEGATIVE_INFINITY);
    // Paper 101 is the 101st nearest of the allowed: no candidate, however many words it shares.
    assertThat(score[101]).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(score[50]).isGreaterThan(score[1]);
    assertThat(score[1]).isGreaterThan(score[2]);
  }

  @Test
  void equallyGoodWeightsGoToTheSmaller() {
    LabelKnnResult result =
        LabelKnnEvaluation.run(
            twoTopics(), new LabelKnnEvaluation.Settings(1, 3, 42, List.of(0.0, 1.0)));

    assertThat(result.weightPerFold()).containsExactly(0.0, 0.0, 0.0);
    assertThat(result.usualWeight()).isEqualTo(0.0);
  }

  /**
   * Four papers on topic a (vectors near the x axis, words alpha and beta) and four on b (near the
   * y axis, words gamma and delta); no paper is nearer to one of the other topic. With 3 folds of
   * at most 3 papers, each paper has a paper of its topic in another fold.
   */
  private static LabelKnnEvaluation.Corpus twoTopics() {
    List<String> labels = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    float[][] embeddings = new float[8][];
    for (int i = 0; i < 8; i++) {
      boolean a = i < 4;
      double angle = 0.1 * (i % 4);
      labels.add(a ? "a" : "b");
      texts.add((a ? "alpha beta word" : "gamma delta term") + i);
      float along = (float) Math.cos(angle);
      float across = (float) Math.sin(angle);
      embeddings[i] = a ? new float[] {along, across} : new float[] {across, along};
    }
    // The words' vocabulary over a larger index: each topic's words in 8 of 96 papers.
    List<String> index = new ArrayList<>();
    for (int i = 0; i < 96; i++) {
      index.add(i < 16 ? texts.get(i % 8) : "filler" + i);
    }
    org.paperscope.search.WordVectors vocabulary = org.paperscope.search.WordVectors.of(index);
    org.paperscope.search.WordVectors.Vector[] words =
        texts.stream()
            .map(vocabulary::vector)
            .toArray(org.paperscope.search.WordVectors.Vector[]::new);
    return new LabelKnnEvaluation.Corpus(labels, embeddings, TfIdfVectors.of(texts), words);
  }
}
