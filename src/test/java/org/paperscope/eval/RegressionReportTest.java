package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RegressionReportTest {
  private static final RegressionConfig CONFIG =
      new RegressionConfig(
          "tiny",
          "tiny.yaml",
          "A tiny evaluation.\n",
          new BeirRegression(),
          Map.of(),
          Map.of("preset", "paperscope"),
          List.of(
              new ExpectedMetric("nDCG@10", 0.6789, 0.001, OptionalDouble.of(0.6789), 5),
              new ExpectedMetric("queries", 300, 0, OptionalDouble.empty(), 6)));

  @Test
  void tableShowsPublishedExpectedActualAndOk() {
    RegressionReport report =
        RegressionReport.of(CONFIG, Map.of("nDCG@10", 0.67891, "queries", 300.0, "R@100", 0.9));

    assertThat(report.passed()).isTrue();
    assertThat(report.toMarkdown())
        .isEqualTo(
            """
            ### tiny

            A tiny evaluation.

            | metric | published | expected | actual | ok |
            |---|---:|---:|---:|---|
            | nDCG@10 | 0.6789 | 0.6789 ± 0.001 | 0.6789 | yes |
            | queries | — | 300 ± 0 | 300 | yes |
            """);
  }

  @Test
  void withoutPublishedAnchorsThereIsNoPublishedColumn() {
    RegressionConfig plain =
        new RegressionConfig(
            "plain",
            "plain.yaml",
            "No anchors.",
            new BeirRegression(),
            Map.of(),
            Map.of(),
            List.of(new ExpectedMetric("queries", 300, 0, OptionalDouble.empty(), 6)));

    assertThat(RegressionReport.of(plain, Map.of("queries", 300.0)).toMarkdown())
        .endsWith(
            """
            | metric | expected | actual | ok |
            |---|---:|---:|---|
            | queries | 300 ± 0 | 300 | yes |
            """);
  }

  @Test
  void aMetricPastItsToleranceEitherWayFails() {
    RegressionReport up = RegressionReport.of(CONFIG, Map.of("nDCG@10", 0.6801, "queries", 300.0));
    RegressionReport down =
        RegressionReport.of(CONFIG, Map.of("nDCG@10", 0.6789, "queries", 299.0));

    assertThat(up.passed()).isFalse();
    assertThat(up.failures()).extracting(line -> line.metric().name()).containsExactly("nDCG@10");
    assertThat(up.toMarkdown()).contains("| nDCG@10 | 0.6789 | 0.6789 ± 0.001 | 0.6801 | **no** |");
    assertThat(down.failures()).extracting(line -> line.metric().name()).containsExactly("queries");
  }

  @Test
  void searchMetricsAreNamedByEvaluationVariantAndMetric() {
    SearchQualityReport.Row row =
        new SearchQualityReport.Row(
            "known-item",
            "title as typed",
            10,
            1,
            Map.of(
                SearchQualityReport.Metric.SUCCESS_AT_1, 0.9,
                SearchQualityReport.Metric.MRR_AT_10, 0.95),
            Map.of(),
            List.of());
    Map<String, Double> metrics =
        SearchRegression.metrics(new SearchQualityReport(List.of(row, row)));

    assertThat(metrics)
        .containsExactly(
            Map.entry("known-item / title as typed / success@1", 0.9),
            Map.entry("known-item / title as typed / MRR@10", 0.95),
            Map.entry("refused", 2.0));
    assertThat(new SearchRegression().metricNames(Map.of())).containsAll(metrics.keySet());
  }
}
