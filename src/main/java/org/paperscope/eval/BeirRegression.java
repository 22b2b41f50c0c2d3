package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.search.SearchMode;

/**
 * {@code evaluation: beir}: retrieval quality on a BEIR data set ({@link BeirEvaluation}). Corpus:
 * {@code corpus}, {@code queries}, {@code qrels} (BEIR files); settings: {@code preset} (a {@link
 * BeirPreset}) and {@code mode} ({@code keyword}, {@code semantic} or {@code hybrid}, with the
 * standard embedding model; vectors cached in the data directory's {@code cache/}); metrics: {@code
 * nDCG@10}, {@code R@100}, {@code R@1000} and {@code queries} (how many judged queries the means
 * are over).
 */
final class BeirRegression implements Regression {
  private static final List<String> METRICS = List.of("nDCG@10", "R@100", "R@1000", "queries");

  @Override
  public String name() {
    return "beir";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("corpus", "queries", "qrels");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("preset", "mode");
  }

  @Override
  public void checkSetting(String key, String value) {
    if (key.equals("preset")) {
      BeirPreset.fromName(value);
    } else if (SearchMode.parse(value).filter(m -> m != SearchMode.AUTO).isEmpty()) {
      throw new IllegalArgumentException(
          "mode must be keyword, semantic or hybrid, not '" + value + "'");
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    return METRICS;
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return corpusKeys().stream().map(key -> sharedDir.resolve(config.corpus().get(key))).toList();
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    List<Path> files = inputs(config, sharedDir);
    BeirPreset preset = BeirPreset.fromName(config.settings().get("preset"));
    SearchMode mode = SearchMode.parse(config.settings().get("mode")).orElseThrow();
    BeirSetup setup = new BeirSetup(mode, EmbeddingEnrichment.MODEL, indexes.cacheDir());
    EvalResult result =
        BeirEvaluation.evaluate(files.get(0), files.get(1), files.get(2), preset, setup);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("nDCG@10", result.ndcg10());
    metrics.put("R@100", result.recall100());
    metrics.put("R@1000", result.recall1000());
    metrics.put("queries", (double) result.queries());
    return metrics;
  }
}
