package org.paperscope.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation with its expected figures, as read from a YAML file by {@link RegressionConfigs}:
 * which evaluation, on which corpus (paths relative to the shared data directory), with which
 * settings, and the metrics it must reproduce. Checked against its {@link Regression} when read, so
 * a config that exists names only keys, settings and metrics its evaluation knows. Immutable.
 *
 * @param name the file name without {@code .yaml}, e.g. {@code beir-scifact-paperscope}
 * @param source where it was read from, for messages
 * @param description what is evaluated and where the figures come from
 * @param regression the kind of evaluation ({@code evaluation: beir})
 * @param corpus the corpus entries in the file's order, e.g. {@code qrels →
 *     beir-scifact/qrels/test.tsv}
 * @param settings the settings as written, in the file's order, e.g. {@code preset → paperscope}
 * @param metrics the pinned metrics, in the file's order, at least one
 */
public record RegressionConfig(
    String name,
    String source,
    String description,
    Regression regression,
    Map<String, String> corpus,
    Map<String, String> settings,
    List<ExpectedMetric> metrics) {
  public RegressionConfig {
    corpus = Collections.unmodifiableMap(new LinkedHashMap<>(corpus));
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    metrics = List.copyOf(metrics);
  }
}
