package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.tldr.AutoTldr;

/**
 * {@code evaluation: tldr}: TL;DR quality on a SciTLDR file (corpus: {@code file}) for one method
 * (setting {@code method}: auto, first, title or oracle; {@link TldrEvaluation}), in percent:
 * {@code R1}, {@code R2}, {@code RL} (max over targets), {@code R1 author} (against the author's
 * TL;DR alone) and {@code papers}.
 */
final class TldrRegression implements Regression {
  @Override
  public String name() {
    return "tldr";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("file");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("method");
  }

  @Override
  public void checkSetting(String key, String value) {
    List<String> known =
        Arrays.stream(TldrEvaluation.Method.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT))
            .toList();
    if (!known.contains(value)) {
      throw new IllegalArgumentException(
          "unknown method \"" + value + "\"; known methods: " + String.join(", ", known));
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    return List.of("R1", "R2", "RL", "R1 author", "papers");
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return List.of(sharedDir.resolve(config.corpus().get("file")));
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    TldrEvaluation.Method method =
        TldrEvaluation.Method.valueOf(config.settings().get("method").toUpperCase(Locale.ROOT));
    TldrEvaluation.Result result =
        TldrEvaluation.evaluate(
            SciTldrFile.read(inputs(config, sharedDir).get(0)), method, AutoTldr.shipped());
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("R1", result.rouge1());
    metrics.put("R2", result.rouge2());
    metrics.put("RL", result.rougeL());
    metrics.put("R1 author", result.authorRouge1());
    metrics.put("papers", (double) result.papers());
    return metrics;
  }
}
