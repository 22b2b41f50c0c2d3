package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfVectorsTest {
  @Test
  void cosineOfTwoTinyDocumentsIsWorkedOutByHand() {
    // n = 2; idf(deep) = ln(3/3) + 1 = 1, idf(nets) = idf(trees) = ln(3/2) + 1 = 1.405465.
    // "Deep nets" = (1, 1.405465) / 1.724915; "deep deep trees" = (2, 1.405465) / 2.444449;
    // only "deep" is shared: 1 * 2 / (1.724915 * 2.444449) = 0.474331 (scikit-learn: 0.47433071).
    TfIdfVectors vectors = TfIdfVectors.of(List.of("Deep nets", "deep deep trees"));

    assertThat(vectors.cosine(0, 1)).isCloseTo(0.474331, within(1e-6));
    assertThat(vectors.cosine(0, 0)).isCloseTo(1, within(1e-6));
  }

  @Test
  void aRowHoldsTheCosineWithEveryText() {
    TfIdfVectors vectors =
        TfIdfVectors.of(List.of("Deep nets", "deep deep trees", "graph nets", "nothing shared"));

    float[] row = vectors.cosines(0);

    for (int other = 0; other < vectors.size(); other++) {
      assertThat((double) row[other]).isCloseTo(vectors.cosine(0, other), within(1e-6));
    }
    assertThat(row[3]).isZero();
  }

  @Test
  void tokensAreLowerCaseRunsOfTwoOrMoreWordCharacters() {
    assertThat(TfIdfVectors.termCounts("A State-of-the-art GAN, a gan_2 (x)."))
        .isEqualTo(Map.of("state", 1, "of", 1, "the", 1, "art", 1, "gan", 1, "gan_2", 1));
  }

  @Test
  void aTextWithoutTokensHasCosineZero() {
    TfIdfVectors vectors = TfIdfVectors.of(List.of("a b", "deep nets"));

    assertThat(vectors.cosine(0, 1)).isZero();
    assertThat(vectors.cosines(0)).containsExactly(0f, 0f);
  }
}
