package org.paperscope.tldr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How likely each word of a paper's title and abstract is to appear in its TL;DR: a logistic
 * regression over the word's place in the paper (in the title, in how many sentences, how early,
 * how often), its rarity (inverse document frequency over the training abstracts) and a prior (the
 * smoothed log-odds, over the training papers, that an author's TL;DR uses a word its abstract
 * uses). Words are ROUGE's ({@link Words#stems}). Immutable and thread-safe.
 */
public final class WordModel {
  /** The features' names, in order. */
  public static final List<String> NAMES =
      List.of(
          "bias",
          "in title",
          "share of sentences",
          "log count",
          "first sentence",
          "only in title",
          "stop word",
          "length",
          "idf",
          "prior",
          "no prior",
          "digits");

  /** Common words (as stemmed), a feature of their own. */
  private static final Set<String> STOP =
      Set.of(
          "a an the of to in for on with by and or is are was were we our this that these which as"
              .split(" "));

  private static final Set<String> STOP_MORE =
      Set.of(
          ("from be can it its at into using use based than such has have not but also both their"
                  + " they them via while when where how what most more new")
              .split(" "));

  /** A word in fewer training papers than this has no prior. */
  static final int PRIOR_MIN_PAPERS = 3;

  /** A word in fewer training papers than this has the largest idf. */
  static final int IDF_MIN_PAPERS = 2;

  private final double[] weights;
  private final Map<String, Double> prior;
  private final Map<String, Double> idf;
  private final double idfMax;

  WordModel(double[] weights, Map<String, Double> prior, Map<String, Double> idf, double idfMax) {
    if (weights.length != NAMES.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + NAMES.size());
    }
    this.weights = weights.clone();
    this.prior = Map.copyOf(prior);
    this.idf = Map.copyOf(idf);
    this.idfMax = idfMax;
  }

  /** The same model with other priors (those of a training fold). */
  WordModel withPriors(Map<String, Double> priors) {
    return new WordModel(weights, priors, idf, idfMax);
  }

  /** The probability of each word of the title and sentences (stemmed) to be in the TL;DR. */
  public Map<String, Double> probabilities(String title, List<String> sentences) {
    Rows rows = rows(title, sentences, prior);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < rows.words().size(); i++) {
      out.put(rows.words().get(i), sigmoid(dot(weights, rows.features().get(i))));
    }
    return out;
  }

  /** A paper's words and their feature rows. */
  record Rows(List<String> words, List<double[]> features) {}

  Rows rows(String title, List<String> sentences, Map<String, Double> priors) {
    Set<String> titleWords = new HashSet<>(Words.stems(title));
    int n = sentences.size();
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> sentencesWith = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> stems = Words.stems(sentences.get(i));
      for (String stem : stems) {
        count.merge(stem, 1, Integer::sum);
        first.putIfAbsent(stem, i);
      }
      for (String stem : new HashSet<>(stems)) {
        sentencesWith.merge(stem, 1, Integer::sum);
      }
    }
    TreeSet<String> vocabulary = new TreeSet<>(count.keySet());
    vocabulary.addAll(titleWords);
    List<String> words = new ArrayList<>(vocabulary);
    List<double[]> features = new ArrayList<>(words.size());
    for (String w : words) {
      Double p = priors.get(w);
      Integer at = first.get(w);
      features.add(
          new double[] {
            1,
            titleWords.contains(w) ? 1 : 0,
            n == 0 ? 0 : (double) sentencesWith.getOrDefault(w, 0) / n,
            Math.log1p(count.getOrDefault(w, 0)),
            at == null ? 1 : (double) at / Math.max(1, n - 1),
            at == null ? 1 : 0,
            STOP.contains(w) || STOP_MORE.contains(w) ? 1 : 0,
            Math.min(w.length(), 12) / 12.0,
            idf.getOrDefault(w, idfMax) / idfMax,
            p == null ? 0 : p,
            p == null ? 1 : 0,
            w.chars().allMatch(Character::isDigit) ? 1 : 0
          });
    }
    return new Rows(words, features);
  }

  /** A training paper: its title, abstract sentences and the author's TL;DR. */
  public record Example(String title, List<String> sentences, String tldr) {}

  /** The priors of the words in the papers (stemmed), as {@link WordModel} describes. */
  static Map<String, Double> priors(List<Example> papers) {
    Map<String, Integer> present = new HashMap<>();
    Map<String, Integer> hit = new HashMap<>();
    long presentSum = 0;
    long hitSum = 0;
    for (Example paper : papers) {
      Set<String> words = paperWords(paper);
      Set<String> gold = new HashSet<>(Words.stems(paper.tldr()));
      for (String w : words) {
        present.merge(w, 1, Integer::sum);
        presentSum++;
        if (gold.contains(w)) {
          hit.merge(w, 1, Integer::sum);
          hitSum++;
        }
      }
    }
    double total = presentSum == 0 ? 0.5 : (double) hitSum / presentSum;
    total = Math.min(Math.max(total, 1e-6), 1 - 1e-6);
    double base = Math.log(total / (1 - total));
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Integer> e : present.entrySet()) {
      if (e.getValue() >= PRIOR_MIN_PAPERS) {
        int h = hit.getOrDefault(e.getKey(), 0);
        out.put(
            e.getKey(), Math.log((h + 2 * total) / (e.getValue() - h + 2 * (1 - total))) - base);
      }
    }
    return out;
  }

  private static Set<String> paperWords(Example paper) {
    Set<String> words = new HashSet<>(Words.stems(paper.title()));
    paper.sentences().forEach(s -> words.addAll(Words.stems(s)));
    return words;
  }

  /**
   * Fits the model on training papers: idf over their titles and abstracts; each paper's words
   * labelled by whether its author's TL;DR uses them, with priors computed without the paper's fold
   * ({@code folds} folds by position), so that the regression learns how far to trust a prior it
   * has not seen the paper in; the shipped prior is over all papers.
   *
   * @param c the inverse strength of the L2 penalty (as scikit-learn's {@code C})
   */
  public static WordModel fit(List<Example> papers, int folds, double c) {
    Map<String, Integer> df = new HashMap<>();
    for (Example paper : papers) {
      paperWords(paper).forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int n = Math.max(2, papers.size());
    double idfMax = Math.log(n);
    Map<String, Double> idf = new HashMap<>();
    df.forEach(
        (w, count) -> {
          if (count >= IDF_MIN_PAPERS) {
            idf.put(w, Math.log((double) n / count));
          }
        });
    WordModel unfitted = new WordModel(new double[NAMES.size()], Map.of(), idf, idfMax);
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Map<String, Double>> priorsByFold = foldPriors(papers, folds);
    for (int fold = 0; fold < folds; fold++) {
      Map<String, Double> foldPriors = priorsByFold.get(fold);
      for (int i = fold; i < papers.size(); i += folds) {
        Example paper = papers.get(i);
        Rows paperRows = unfitted.rows(paper.title(), paper.sentences(), foldPriors);
        Set<String> gold = new HashSet<>(Words.stems(paper.tldr()));
        for (int r = 0; r < paperRows.words().size(); r++) {
          rows.add(paperRows.features().get(r));
          labels.add(gold.contains(paperRows.words().get(r)));
        }
      }
    }
    return new WordModel(logistic(rows, labels, c), priors(papers), idf, idfMax);
  }

  /**
   * For each of {@code folds} folds (papers by position modulo {@code folds}), the priors over the
   * papers of the other folds: what a paper of that fold may learn from without seeing itself.
   */
  static List<Map<String, Double>> foldPriors(List<Example> papers, int folds) {
    List<Map<String, Double>> out = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Example> rest = new ArrayList<>();
      for (int i = 0; i < papers.size(); i++) {
        if (i % folds != fold) {
          rest.add(papers.get(i));
        }
      }
      out.add(priors(rest));
    }
    return out;
  }

  /**
   * L2-penalised logistic regression without a separate intercept (the bias feature is one), by
   * Newton's method: minimises {@code ½|w|² + c·Σ log(1 + exp(−y·w·x))}.
   */
  static double[] logistic(List<double[]> rows, List<Boolean> labels, double c) {
    int d = NAMES.size();
    double[] w = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = w.clone();
      double[][] hessian = new double[d][d + 1];
      for (int i = 0; i < d; i++) {
        hessian[i][i] = 1;
      }
      for (int r = 0; r < rows.size(); r++) {
        double[] x = rows.get(r);
        double p = sigmoid(dot(w, x));
        double residual = c * (p - (labels.get(r) ? 1 : 0));
        double curvature = c * p * (1 - p);
        for (int i = 0; i < d; i++) {
          gradient[i] += residual * x[i];
          for (int j = 0; j < d; j++) {
            hessian[i][j] += curvature * x[i] * x[j];
          }
        }
      }
      double norm = 0;
      for (int i = 0; i < d; i++) {
        hessian[i][d] = gradient[i];
        norm += gradient[i] * gradient[i];
      }
      double[] step = Ridge.solve(hessian);
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
      }
      if (Math.sqrt(norm) < 1e-6) {
        break;
      }
    }
    return w;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i] * x[i];
    }
    return sum;
  }

  /** {@code {"weights": {…}, "idfMax": …, "prior": {word: log-odds}, "idf": {word: idf}}}. */
  ObjectNode toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    ObjectNode named = json.putObject("weights");
    for (int i = 0; i < weights.length; i++) {
      named.put(NAMES.get(i), weights[i]);
    }
    json.put("idfMax", idfMax);
    ObjectNode priorNode = json.putObject("prior");
    new TreeSet<>(prior.keySet()).forEach(w -> priorNode.put(w, round(prior.get(w))));
    ObjectNode idfNode = json.putObject("idf");
    new TreeSet<>(idf.keySet()).forEach(w -> idfNode.put(w, round(idf.get(w))));
    return json;
  }

  /** Six decimals: the tables stay small, and the probabilities move by less than 1e-5. */
  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  static WordModel fromJson(JsonNode json) {
    double[] weights = Ridge.weights(json.path("weights"), NAMES, "word model");
    Map<String, Double> prior = new HashMap<>();
    json.path("prior")
        .fields()
        .forEachRemaining(e -> prior.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Double> idf = new HashMap<>();
    json.path("idf").fields().forEachRemaining(e -> idf.put(e.getKey(), e.getValue().asDouble()));
    if (!json.path("idfMax").isNumber()) {
      throw new IllegalArgumentException("word model lacks idfMax");
    }
    return new WordModel(weights, prior, idf, json.path("idfMax").asDouble());
  }
}
