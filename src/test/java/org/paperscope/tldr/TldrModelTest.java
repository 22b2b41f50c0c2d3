package org.paperscope.tldr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TldrModelTest {
  private static final List<String> TOPICS =
      List.of(
          "graph pooling",
          "sparse attention",
          "federated averaging",
          "weight decay",
          "label noise",
          "memory replay",
          "policy distillation",
          "contrastive views");

  /**
   * Papers whose abstracts open with background, then state the method in a "we propose" sentence
   * with a trailing clause; the author's TL;DR is that sentence without the clause.
   */
  private static List<WordModel.Example> papers(int n, long seed) {
    Random random = new Random(seed);
    List<WordModel.Example> papers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String topic = TOPICS.get(random.nextInt(TOPICS.size()));
      String name = "Net" + (char) ('A' + random.nextInt(26)) + i;
      String method = "We propose " + name + " for " + topic;
      List<String> sentences =
          List.of(
              "Many systems in practice suffer when data are scarce and budgets are tight.",
              "Prior work studied several heuristics without much success on large benchmarks.",
              method + ", which relies on a simple trick that everyone can implement quickly.",
              "Experiments on five datasets show clear gains over strong baselines.");
      papers.add(new WordModel.Example(name + ": " + topic, sentences, method + "."));
    }
    return papers;
  }

  @Test
  void aFittedModelPicksTheContributionWithoutItsTrailingClause() {
    TldrModel model = TldrModel.fit(papers(200, 1), TldrModel.LAMBDA);
    AutoTldr auto = new AutoTldr(model);
    for (WordModel.Example paper : papers(20, 2)) {
      assertThat(auto.write(paper.title(), paper.sentences())).contains(paper.tldr());
    }
  }

  @Test
  void theModelSurvivesItsJsonAndAMissingWeightIsNamed() {
    TldrModel model = TldrModel.fit(papers(50, 3), TldrModel.LAMBDA);
    ObjectNode json = model.toJson();
    TldrModel back = TldrModel.fromJson(json);
    WordModel.Example paper = papers(1, 4).get(0);
    List<Candidates.Candidate> candidates = Candidates.of(paper.sentences());
    double[] before = model.score(paper.title(), paper.sentences(), candidates);
    double[] after = back.score(paper.title(), paper.sentences(), candidates);
    for (int i = 0; i < before.length; i++) {
      assertThat(after[i]).isCloseTo(before[i], org.assertj.core.data.Offset.offset(1e-4));
    }
    ((ObjectNode) json.get("ranker")).remove("edit: we");
    assertThatThrownBy(() -> TldrModel.fromJson(json)).hasMessageContaining("'edit: we'");
  }

  @Test
  void theShippedWordModelRatesTitleWordsAboveCommonWords() {
    Map<String, Double> p =
        TldrModel.shipped()
            .wordModel()
            .probabilities(
                "FearNet: Brain-Inspired Model for Incremental Learning",
                List.of(
                    "Incremental class learning is hard for deep networks.",
                    "We propose FearNet, a brain-inspired model for incremental class learning."));
    assertThat(p.get("fearnet")).isGreaterThan(p.get("the") == null ? 0 : p.get("the"));
    assertThat(p.get("increment")).isGreaterThan(p.get("hard"));
    assertThat(p.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
  }

  @Test
  void logisticRegressionFindsTheSignOfAFeature() {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      double[] x = new double[WordModel.NAMES.size()];
      x[0] = 1;
      x[1] = random.nextBoolean() ? 1 : 0;
      rows.add(x);
      labels.add(random.nextDouble() < (x[1] == 1 ? 0.8 : 0.2));
    }
    double[] w = WordModel.logistic(rows, labels, 1.0);
    // log-odds: 0.8 → +1.39, 0.2 → −1.39, so bias ≈ −1.39 and the feature ≈ +2.77.
    assertThat(w[0]).isBetween(-1.7, -1.1);
    assertThat(w[1]).isBetween(2.3, 3.2);
  }

  @Test
  void rougeOneCountsClippedOverlaps() {
    assertThat(TldrModel.rouge1(List.of("a", "a", "b"), List.of("a", "c"))).isEqualTo(0.4);
    assertThat(TldrModel.rouge1(List.of(), List.of("a"))).isZero();
  }
}
