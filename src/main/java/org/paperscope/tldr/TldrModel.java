package org.paperscope.tldr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.tldr.Candidates.Candidate;

/**
 * What the Auto-TLDR learned from its training papers (SciTLDR train and dev, ICLR 2017's
 * OpenReview TL;DRs): the {@link WordModel} and a linear ranker of {@link Candidates} over their
 * {@link CandidateFeatures}, fitted by ridge regression to each training candidate's ROUGE-1 F1
 * against the author's TL;DR, less the mean of its paper's candidates (only the order within a
 * paper counts). The shipped model is the resource {@code /tldr/tldr-model.json}, written by {@code
 * paperscope eval tldr --fit}. Immutable and thread-safe.
 */
public final class TldrModel {
  private static final String RESOURCE = "/tldr/tldr-model.json";

  /** The ridge penalty of the ranker (chosen on SciTLDR dev: 3 to 100 give within 0.2 R1). */
  public static final double LAMBDA = 30;

  /** Folds of the word model's out-of-fold priors. */
  static final int FOLDS = 5;

  private final WordModel words;
  private final double[] ranker;

  TldrModel(WordModel words, double[] ranker) {
    if (ranker.length != CandidateFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          ranker.length + " weights for " + CandidateFeatures.NAMES.size() + " features");
    }
    this.words = words;
    this.ranker = ranker.clone();
  }

  private static volatile TldrModel shipped;

  /** The shipped model, read once. */
  public static TldrModel shipped() {
    TldrModel model = shipped;
    if (model == null) {
      try (InputStream in = TldrModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " in the jar");
        }
        model = fromJson(new ObjectMapper().readTree(in));
        shipped = model;
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE, e);
      }
    }
    return model;
  }

  WordModel wordModel() {
    return words;
  }

  /** The candidates of the sentences, each with the ranker's score. */
  double[] score(String title, List<String> sentences, List<Candidate> candidates) {
    return score(
        CandidateFeatures.of(title, sentences, candidates, words.probabilities(title, sentences)));
  }

  double[] score(double[][] rows) {
    double[] scores = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      scores[r] = WordModel.dot(ranker, rows[r]);
    }
    return scores;
  }

  /**
   * Fits both parts on training papers: the word model with out-of-fold priors, then the ranker on
   * every candidate of every paper, its features computed with its paper's out-of-fold priors too
   * (as they will be for a paper never seen).
   */
  public static TldrModel fit(List<WordModel.Example> given, double lambda) {
    List<WordModel.Example> papers =
        given.stream()
            .map(p -> new WordModel.Example(p.title(), Sentences.resplit(p.sentences()), p.tldr()))
            .toList();
    WordModel words = WordModel.fit(papers, FOLDS, 1.0);
    List<WordModel> foldModels =
        WordModel.foldPriors(papers, FOLDS).stream().map(words::withPriors).toList();
    Ridge ridge = new Ridge(CandidateFeatures.NAMES.size());
    for (int i = 0; i < papers.size(); i++) {
      WordModel.Example paper = papers.get(i);
      List<Candidate> candidates = Candidates.of(paper.sentences());
      if (candidates.isEmpty()) {
        continue;
      }
      WordModel fold = foldModels.get(i % FOLDS);
      double[][] rows =
          CandidateFeatures.of(
              paper.title(),
              paper.sentences(),
              candidates,
              fold.probabilities(paper.title(), paper.sentences()));
      List<String> gold = Words.stems(paper.tldr());
      double[] targets = new double[rows.length];
      double mean = 0;
      for (int c = 0; c < rows.length; c++) {
        targets[c] = rouge1(Words.stems(candidates.get(c).text()), gold);
        mean += targets[c] / rows.length;
      }
      for (int c = 0; c < rows.length; c++) {
        ridge.add(rows[c], targets[c] - mean);
      }
    }
    return new TldrModel(words, ridge.solve(lambda));
  }

  /** ROUGE-1 F1 of two word lists (clipped counts). */
  static double rouge1(List<String> candidate, List<String> gold) {
    if (candidate.isEmpty() || gold.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    gold.forEach(w -> counts.merge(w, 1, Integer::sum));
    int overlap = 0;
    for (String w : candidate) {
      Integer left = counts.get(w);
      if (left != null && left > 0) {
        overlap++;
        counts.put(w, left - 1);
      }
    }
    if (overlap == 0) {
      return 0;
    }
    double precision = (double) overlap / candidate.size();
    double recall = (double) overlap / gold.size();
    return 2 * precision * recall / (precision + recall);
  }

  /** {@code {"ranker": {feature: weight}, "words": {…}}}. */
  public ObjectNode toJson() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    ObjectNode named = json.putObject("ranker");
    for (int i = 0; i < ranker.length; i++) {
      named.put(CandidateFeatures.NAMES.get(i), ranker[i]);
    }
    json.set("words", words.toJson());
    return json;
  }

  /**
   * The model of its JSON.
   *
   * @throws IllegalArgumentException naming a weight the JSON lacks
   */
  public static TldrModel fromJson(JsonNode json) {
    return new TldrModel(
        WordModel.fromJson(json.path("words")),
        Ridge.weights(json.path("ranker"), CandidateFeatures.NAMES, "TL;DR ranker"));
  }
}
