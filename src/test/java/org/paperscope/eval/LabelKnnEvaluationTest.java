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
    return new LabelKnnEvaluation.Corpus(labels, embeddings, TfIdfVectors.of(texts));
  }
}
