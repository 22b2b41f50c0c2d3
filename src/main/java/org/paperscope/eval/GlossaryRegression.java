package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.glossary.ConceptDetector;

/**
 * {@code evaluation: glossary}: concept detection on the hand-labelled abstracts ({@link
 * GlossaryLabels}) of the splits named by setting {@code splits} (comma-separated: dev, test,
 * heldout): {@code precision}, {@code recall}, {@code abstracts} and {@code names} (labelled).
 */
final class GlossaryRegression implements Regression {
  @Override
  public String name() {
    return "glossary";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of();
  }

  @Override
  public List<String> settingKeys() {
    return List.of("splits");
  }

  @Override
  public void checkSetting(String key, String value) {
    for (String split : value.split(",")) {
      if (!List.of("dev", "test", "heldout").contains(split.strip())) {
        throw new IllegalArgumentException(
            "unknown split \"" + split.strip() + "\"; known splits: dev, test, heldout");
      }
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    return List.of("precision", "recall", "abstracts", "names");
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return List.of(sharedDir);
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    List<String> splits =
        Arrays.stream(config.settings().get("splits").split(",")).map(String::strip).toList();
    GlossaryEvaluation.Result result =
        GlossaryEvaluation.evaluate(
            GlossaryLabels.read(sharedDir), splits, ConceptDetector.standard());
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("precision", result.precision());
    metrics.put("recall", result.recall());
    metrics.put("abstracts", (double) result.abstracts());
    metrics.put("names", (double) result.labelled());
    return metrics;
  }
}
