package org.paperscope.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real models, loaded from their Maven jars and run with ONNX Runtime. */
class OnnxEmbedderIT {
  @TempDir static Path cache;

  private static final String ATTENTION =
      "We propose a new network architecture based solely on attention mechanisms, dispensing with"
          + " recurrence and convolutions entirely.";
  private static final String PARAPHRASE =
      "A sequence transduction model that uses only self-attention, with no recurrent or"
          + " convolutional layers.";
  private static final String UNRELATED =
      "Soil moisture in alpine meadows was measured weekly during two growing seasons.";

  @ParameterizedTest
  @EnumSource(EmbeddingModel.class)
  void paraphrasesAreCloserThanUnrelatedTextsAndVectorsHaveUnitLength(EmbeddingModel model) {
    try (OnnxEmbedder embedder = OnnxEmbedder.open(model, 2, cache)) {
      List<float[]> vectors = embedder.embed(List.of(ATTENTION, PARAPHRASE, UNRELATED, " "));
      assertThat(vectors).hasSize(4);
      assertThat(vectors.get(0)).hasSize(384);
      assertThat(norm(vectors.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(dot(vectors.get(0), vectors.get(1)))
          .isGreaterThan(dot(vectors.get(0), vectors.get(2)) + 0.2f);
      assertThat(norm(vectors.get(3))).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(EmbeddingModel.class)
  void aVectorDoesNotDependOnTheTextsEmbeddedWithIt(EmbeddingModel model) {
    try (OnnxEmbedder embedder = OnnxEmbedder.open(model, 2, cache)) {
      float[] alone = embedder.embed(List.of(PARAPHRASE)).get(0);
      float[] inBatch =
          embedder.embed(List.of(ATTENTION + " " + ATTENTION, UNRELATED, PARAPHRASE)).get(2);
      assertThat(inBatch).containsExactly(alone);
    }
  }

  @ParameterizedTest
  @EnumSource(EmbeddingModel.class)
  void aQueryFindsItsPassage(EmbeddingModel model) {
    try (OnnxEmbedder embedder = OnnxEmbedder.open(model, 2, cache)) {
      float[] query = embedder.embedQuery("transformer without recurrence");
      List<float[]> passages = embedder.embed(List.of(UNRELATED, ATTENTION));
      assertThat(dot(query, passages.get(1))).isGreaterThan(dot(query, passages.get(0)));
    }
  }

  @ParameterizedTest
  @EnumSource(EmbeddingModel.class)
  void aHundredKilobyteTextIsTruncatedNotRefused(EmbeddingModel model) {
    try (OnnxEmbedder embedder = OnnxEmbedder.open(model, 2, cache)) {
      String huge = (ATTENTION + " ").repeat(100_000 / ATTENTION.length());
      float[] vector = embedder.embed(List.of(huge)).get(0);
      assertThat(norm(vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }
}
