package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.paperscope.eval.EvalIndex.paper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

class TopicEvaluationTest {
  @TempDir static Path data;
  static PaperSearch searcher;

  static final List<Paper> CORPUS =
      List.of(
          paper(
              "g1", "Message Passing", "Nodes exchange vectors.", "ICLR", "Graph Neural Networks"),
          paper("g2", "Pooling Nodes", "Coarsening.", "iclr", "graph  neural networks"),
          paper("g3", "Expressive Power", "The WL test.", "ICLR", "Graph Neural Networks"),
          // Another venue: relevant, but does not count towards the 2 ICLR papers.
          paper("g4", "Molecules", "Chemistry.", "NeurIPS", "graph neural networks"),
          paper("r1", "Adversarial Examples", "Small perturbations.", "ICLR", "Robustness"),
          paper("r2", "Certified Defences", "Provable bounds.", "ICLR", "robustness"),
          // Not relevant to "robustness" (no such keyword) but the best match for the word.
          paper("r3", "Robustness of Robustness", "Robustness, robustness.", "ICLR"),
          // A keyword of one ICLR paper only: no topic.
          paper("s1", "Sparse Coding", "Dictionaries.", "ICLR", "Sparsity"),
          paper("s2", "Pruning", "Fewer weights.", "ICML", "sparsity"));

  @BeforeAll
  static void index() throws IOException {
    searcher = EvalIndex.open(data, CORPUS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void topicsAreIclrKeywordsOfEnoughPapersInTheirMostFrequentForm() {
    assertThat(TopicEvaluation.topics(CORPUS, 2))
        .containsExactly(
            new TopicEvaluation.Topic("Graph Neural Networks", Set.of("g1", "g2", "g3", "g4")),
            new TopicEvaluation.Topic("Robustness", Set.of("r1", "r2")));
  }

  @Test
  void ndcgIsOneForAPerfectRankingAndLowerWhenAnIrrelevantPaperLeads() throws IOException {
    Row row = new TopicEvaluation(searcher, 2).run(CORPUS).get(0);
    // Graph neural networks: only the four relevant papers match, nDCG 1. Robustness: r3 first,
    // then r1 and r2: (1/log2(3) + 1/log2(4)) / (1 + 1/log2(3)).
    double robustness = (1 / log2(3) + 1 / log2(4)) / (1 + 1 / log2(3));
    assertThat(row.queries()).isEqualTo(2);
    assertThat(row.refused()).isZero();
    assertThat(row.metrics().get(Metric.NDCG_AT_10)).isCloseTo((1 + robustness) / 2, within(1e-9));
    assertThat(row.examples()).singleElement().asString().contains("\"Robustness\"", "[r3]");
  }

  @Test
  void keysIgnoreCaseAndRunsOfWhitespace() {
    assertThat(TopicEvaluation.key("  Graph \t Neural  Networks "))
        .isEqualTo("graph neural networks");
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
