package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.SearchMode;

/**
 * {@code evaluation: search}: the known-item, word-forms and topic evaluations of {@link
 * SearchEvaluation} over an index. Corpus: {@code index: demo}, the index {@code paperscope demo
 * --no-serve} builds from the shared data directory (opened through {@link SearchIndexes});
 * settings: {@code sample} and {@code seed} of the known-item sample; metrics: {@code evaluation /
 * variant / metric} for each row and metric of {@code paperscope eval search}'s table (e.g. {@code
 * known-item / title as typed / success@1}), and {@code refused}, the queries refused over all
 * rows.
 */
final class SearchRegression implements Regression {
  /** The one corpus a search config can name today. */
  static final String DEMO = "demo";

  static final String REFUSED = "refused";

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("index");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("sample", "seed", "mode");
  }

  @Override
  public void checkCorpus(String key, String value) {
    if (!value.equals(DEMO)) {
      throw new IllegalArgumentException(
          "unknown index \"" + value + "\"; known: " + DEMO + " (what paperscope demo ingests)");
    }
  }

  @Override
  public void checkSetting(String key, String value) {
    if (key.equals("mode")) {
      if (SearchMode.parse(value).isEmpty()) {
        throw new IllegalArgumentException(
            "must be auto, keyword, semantic or hybrid, not " + value);
      }
      return;
    }
    try {
      if (key.equals("sample") && Integer.parseInt(value) < 1) {
        throw new IllegalArgumentException("must be 1 or more, not " + value);
      }
      Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: " + value, e);
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    List<String> names = new ArrayList<>();
    for (KnownItemEvaluation.Variant variant : KnownItemEvaluation.Variant.values()) {
      names.add(name(KnownItemEvaluation.NAME, variant.label(), Metric.SUCCESS_AT_1));
      names.add(name(KnownItemEvaluation.NAME, variant.label(), Metric.MRR_AT_10));
    }
    names.add(name(WordFormsEvaluation.NAME, WordFormsEvaluation.VARIANT, Metric.PRECISION_AT_10));
    for (String variant : TopicEvaluation.variants(TopicEvaluation.DEFAULT_MIN_PAPERS)) {
      names.add(name(TopicEvaluation.NAME, variant, Metric.NDCG_AT_10));
    }
    names.add(REFUSED);
    return names;
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return List.of();
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    int sample = Integer.parseInt(config.settings().get("sample"));
    long seed = Long.parseLong(config.settings().get("seed"));
    SearchQualityReport report;
    try (PaperSearch searcher = indexes.open(config.corpus().get("index"))) {
      SearchMode mode = SearchMode.parse(config.settings().get("mode")).orElseThrow();
      report = SearchEvaluation.run(searcher, sample, seed, mode);
    }
    return metrics(report);
  }

  /** Every metric of every row by its {@code evaluation / variant / metric} name, then refused. */
  static Map<String, Double> metrics(SearchQualityReport report) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Row row : report.rows()) {
      for (Metric metric : Metric.values()) {
        if (row.metrics().containsKey(metric)) {
          metrics.put(name(row.evaluation(), row.variant(), metric), row.metrics().get(metric));
        }
      }
    }
    metrics.put(REFUSED, (double) report.rows().stream().mapToInt(Row::refused).sum());
    return metrics;
  }

  private static String name(String evaluation, String variant, Metric metric) {
    return evaluation + " / " + variant + " / " + metric.label();
  }
}
