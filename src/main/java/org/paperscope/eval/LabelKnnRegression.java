package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.search.PaperSearch;

/**
 * {@code evaluation: knn-labels}: how well similarity finds papers of the same topic, as
 * González-Márquez &amp; Kobak (2024) measure it on ICLR ({@link LabelKnnEvaluation}). Corpus:
 * {@code index: demo} (its ICLR papers with an abstract and author keywords, through {@link
 * SearchIndexes}; embeddings from the data directory's cache) and {@code labels}, the berenslab
 * keyword-to-label file; settings: {@code k}, {@code folds}, {@code seed} of the fold shuffle, and
 * {@code weights}, the grid of TF-IDF weights for the combination (numbers, ascending, space
 * separated); metrics: the papers and labels counted and each similarity's accuracy ({@link
 * #metricNames}).
 */
final class LabelKnnRegression implements Regression {
  static final String CANDIDATES = "ICLR papers with abstract and keywords";
  static final String PAPERS = "labelled papers";
  static final String LABELS = "labels";
  static final String TFIDF = "accuracy / TF-IDF";
  static final String EMBEDDING = "accuracy / embedding";
  static final String NESTED = "accuracy / embedding + w · TF-IDF, w by nested CV";
  static final String USUAL_WEIGHT = "w / chosen in most folds";
  static final String FUSION = "accuracy / RRF of embedding and TF-IDF";
  static final String WORDS = "accuracy / words (arxiv-sanity-lite TF-IDF, idf over the index)";
  static final String WORDS_NESTED = "accuracy / embedding + w · words, w by nested CV";
  static final String SHIPPED = "accuracy / similar papers as shipped (embedding + 2 · words)";

  @Override
  public String name() {
    return "knn-labels";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("index", "labels");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("k", "folds", "seed", "weights");
  }

  @Override
  public void checkCorpus(String key, String value) {
    if (key.equals("index") && !value.equals(SearchRegression.DEMO)) {
      throw new IllegalArgumentException(
          "unknown index \"" + value + "\"; known: " + SearchRegression.DEMO);
    }
  }

  @Override
  public void checkSetting(String key, String value) {
    switch (key) {
      case "k" -> atLeast(value, 1);
      case "folds" -> atLeast(value, 3);
      case "seed" -> whole(value);
      default -> weights(value);
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    List<String> names = new ArrayList<>(List.of(CANDIDATES, PAPERS, LABELS, TFIDF, EMBEDDING));
    weights(settings.get("weights")).forEach(w -> names.add(fixedWeight(w)));
    names.addAll(List.of(NESTED, USUAL_WEIGHT, FUSION, WORDS, WORDS_NESTED, SHIPPED));
    return names;
  }

  /** The metric of the sum with one fixed weight, e.g. {@code accuracy / embedding + 0.5 · …}. */
  static String fixedWeight(double weight) {
    String w = String.format(Locale.ROOT, "%s", weight).replaceAll("\\.0$", "");
    return "accuracy / embedding + " + w + " · TF-IDF";
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return List.of(sharedDir.resolve(config.corpus().get("labels")));
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    Map<String, String> settings = config.settings();
    LabelKnnEvaluation.Settings knn =
        new LabelKnnEvaluation.Settings(
            Integer.parseInt(settings.get("k")),
            Integer.parseInt(settings.get("folds")),
            Long.parseLong(settings.get("seed")),
            weights(settings.get("weights")));
    KeywordLabels labels = KeywordLabels.read(inputs(config, sharedDir).get(0));
    LabelledPapers papers;
    try (PaperSearch searcher = indexes.open(config.corpus().get("index"))) {
      papers = LabelledPapers.read(searcher, labels);
    }
    LabelKnnResult result = LabelKnnEvaluation.run(papers.corpus(indexes.cacheDir()), knn);
    return metrics(papers.candidates(), result, knn.weights());
  }

  static Map<String, Double> metrics(int candidates, LabelKnnResult result, List<Double> weights) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put(CANDIDATES, (double) candidates);
    metrics.put(PAPERS, (double) result.papers());
    metrics.put(LABELS, (double) result.labels());
    metrics.put(TFIDF, result.tfidf());
    metrics.put(EMBEDDING, result.embedding());
    for (int w = 0; w < weights.size(); w++) {
      metrics.put(fixedWeight(weights.get(w)), result.fixedWeights().get(w));
    }
    metrics.put(NESTED, result.nestedWeight());
    metrics.put(USUAL_WEIGHT, result.usualWeight());
    metrics.put(FUSION, result.fusion());
    metrics.put(WORDS, result.words());
    metrics.put(WORDS_NESTED, result.wordsNested());
    metrics.put(SHIPPED, result.shipped());
    return metrics;
  }

  private static void atLeast(String value, int least) {
    if (whole(value) < least) {
      throw new IllegalArgumentException("must be " + least + " or more, not " + value);
    }
  }

  private static long whole(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: " + value, e);
    }
  }

  /** The weights of a {@code weights} setting: numbers of 0 or more, ascending, space separated. */
  static List<Double> weights(String value) {
    double[] weights;
    try {
      weights =
          Arrays.stream(value.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("weights must be numbers, space separated: " + value, e);
    }
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || (i > 0 && weights[i] <= weights[i - 1])) {
        throw new IllegalArgumentException(
            "weights must be 0 or more and strictly ascending: " + value);
      }
    }
    return Arrays.stream(weights).boxed().toList();
  }
}
