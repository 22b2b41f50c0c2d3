package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.tags.TagModel;

/**
 * {@code evaluation: tags}: automatic tags against hidden author keywords ({@link TagEvaluation}).
 * Corpus: {@code train} (files under the shared data, space-separated) and {@code test}; settings
 * {@code title weight} and {@code min score}. Metrics: {@code auto P@5}, {@code auto R@5}, {@code
 * tfidf P@5}, {@code tfidf R@5}, {@code papers}, and {@code vocabulary} (tags of the model fitted
 * on train: the shipped model is that fit, so its size must agree).
 */
final class TagRegression implements Regression {
  @Override
  public String name() {
    return "tags";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("train", "test");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("title weight", "min score");
  }

  @Override
  public void checkSetting(String key, String value) {
    Double.parseDouble(value);
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    return List.of("auto P@5", "auto R@5", "tfidf P@5", "tfidf R@5", "papers", "vocabulary");
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    List<Path> files = new ArrayList<>();
    for (String f : config.corpus().get("train").split("\\s+")) {
      files.add(sharedDir.resolve(f));
    }
    files.add(sharedDir.resolve(config.corpus().get("test")));
    return files;
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    List<Path> files = inputs(config, sharedDir);
    List<Paper> train = new ArrayList<>();
    for (Path f : files.subList(0, files.size() - 1)) {
      train.addAll(SourcePapers.read(f));
    }
    List<Paper> test = SourcePapers.read(files.get(files.size() - 1));
    List<TagEvaluation.Result> results =
        TagEvaluation.evaluate(
            train,
            test,
            Double.parseDouble(config.settings().get("title weight")),
            Double.parseDouble(config.settings().get("min score")));
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (TagEvaluation.Result r : results) {
      metrics.put(r.method() + " P@5", r.precision());
      metrics.put(r.method() + " R@5", r.recall());
    }
    metrics.put("papers", (double) results.get(0).papers());
    metrics.put("vocabulary", (double) TagModel.fit(train).size());
    return metrics;
  }
}
