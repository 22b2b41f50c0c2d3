package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.eval.SearchQualityReport.Count;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;

class SearchQualityReportTest {
  private final SearchQualityReport report =
      new SearchQualityReport(
          List.of(
              new Row(
                  "known-item",
                  "first five words",
                  1000,
                  3,
                  Map.of(Metric.SUCCESS_AT_1, 0.12345, Metric.MRR_AT_10, 0.5),
                  Map.of(Count.ELIGIBLE, 19784, Count.AMBIGUOUS, 13),
                  List.of("[p1] \"a b\" → rank 2")),
              new Row(
                  "topic",
                  "keywords",
                  187,
                  0,
                  Map.of(Metric.NDCG_AT_10, 0.4399),
                  Map.of(),
                  List.of())));

  @Test
  void markdownIsOneTableWithADashForMetricsARowLacks() {
    assertThat(report.toMarkdown())
        .isEqualTo(
            """
            | evaluation | variant | queries | refused | success@1 | MRR@10 | P@10 | nDCG@10 | notes |
            |---|---|---:|---:|---:|---:|---:|---:|---|
            | known-item | first five words | 1000 | 3 | 0.1235 | 0.5000 | — | — | 19784 eligible papers; 13 ambiguous |
            | topic | keywords | 187 | 0 | — | — | — | 0.4399 |  |
            """);
  }

  @Test
  void jsonHasOnlyTheMetricsAndCountsARowHas() {
    assertThat(report.toJson())
        .isEqualTo(
            "{\"rows\":[{\"evaluation\":\"known-item\",\"variant\":\"first five words\","
                + "\"queries\":1000,\"refused\":3,\"success@1\":0.1235,\"mrr@10\":0.5000,"
                + "\"eligible\":19784,\"ambiguous\":13},{\"evaluation\":\"topic\","
                + "\"variant\":\"keywords\",\"queries\":187,\"refused\":0,\"ndcg@10\":0.4399}]}");
  }

  @Test
  void examplesAreListedUnderTheirRowOnly() {
    assertThat(report.examplesText())
        .isEqualTo("known-item / first five words:\n  [p1] \"a b\" → rank 2\n");
  }
}
