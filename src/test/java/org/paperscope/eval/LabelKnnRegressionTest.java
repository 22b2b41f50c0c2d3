package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelKnnRegressionTest {
  private final LabelKnnRegression regression = new LabelKnnRegression();

  @Test
  void weightsAreAscendingNumbers() {
    assertThat(LabelKnnRegression.weights(" 0 0.5  1 ")).containsExactly(0.0, 0.5, 1.0);
    assertThatThrownBy(() -> regression.checkSetting("weights", "1 0.5"))
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> regression.checkSetting("weights", "-1"))
        .hasMessageContaining("0 or more");
    assertThatThrownBy(() -> regression.checkSetting("weights", "one"))
        .hasMessageContaining("numbers");
  }

  @Test
  void nestedCrossValidationNeedsThreeFolds() {
    assertThatThrownBy(() -> regression.checkSetting("folds", "2"))
        .hasMessageContaining("3 or more");
  }

  @Test
  void eachWeightOfTheGridIsAMetricWrittenShort() {
    assertThat(regression.metricNames(Map.of("weights", "0 0.5 1")))
        .contains(
            "accuracy / embedding + 0 · TF-IDF",
            "accuracy / embedding + 0.5 · TF-IDF",
            "accuracy / embedding + 1 · TF-IDF");
  }

  @Test
  void bundledConfigRunsOnTheDemoIndex() throws IOException {
    RegressionConfig config = RegressionConfigs.bundled("iclr-knn-labels");

    assertThat(config.regression()).isInstanceOf(LabelKnnRegression.class);
    assertThat(config.corpus()).containsEntry("index", "demo");
    assertThat(config.settings()).containsEntry("k", "10").containsEntry("seed", "42");
  }
}
