package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.paper.Paper;
import org.paperscope.tags.TagModel;

/**
 * {@code evaluation: tags}: automatic tags against hidden author keywords ({@link TagEvaluation}).
 * Corpus: {@code train} (files under the shared data, space-separated) and {@code test}; settings
 * {@code title weight}, {@code min score}, and (optional) {@code meaning weight} and {@code meaning
 * candidates} (with a meaning weight, the test papers are embedded with all-MiniLM-L6-v2). Metrics:
 * {@code auto P@5}, {@code auto R@5}, {@code tfidf P@5}, {@code tfidf R@5}, {@code papers}, and
 * {@code vocabulary} (tags of the model fitted on train: the shipped model is that fit, so its size
 * must agree).
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
    return List.of("title weight", "min score", "meaning weight", "meaning candidates");
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
    TagEvaluation.Settings settings =
        new TagEvaluation.Settings(
            Double.parseDouble(config.settings().get("title weight")),
            Double.parseDouble(config.settings().get("min score")),
            Double.parseDouble(config.settings().getOrDefault("meaning weight", "0")),
            (int) Double.parseDouble(config.settings().getOrDefault("meaning candidates", "0")));
    List<TagEvaluation.Result> results;
    if (settings.semanticWeight() > 0) {
      // The test papers' vectors, computed in a cache of this run only (a minute for 2.6k).
      Path cache = Files.createTempDirectory("paperscope-eval-tags");
      try {
        EmbeddingEnrichment embeddings = new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, cache);
        Map<String, float[]> vectors = PaperVectors.of(TagEvaluation.scored(test), embeddings);
        results = TagEvaluation.evaluate(train, test, settings, vectors, embeddings.embedder());
      } finally {
        try (Stream<Path> walk = Files.walk(cache)) {
          for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    } else {
      results = TagEvaluation.evaluate(train, test, settings, Map.of(), null);
    }
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
