package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionConfigsTest {
  private static final String VALID =
      """
      description: tiny
      evaluation: beir
      corpus:
        corpus: c/corpus.jsonl
        queries: c/queries.jsonl
        qrels: c/qrels.tsv
      settings:
        preset: anserini-flat
        mode: keyword
      metrics:
        nDCG@10: {expected: 0.5, tolerance: 0.001, published: 0.49}
        queries: {expected: 2, tolerance: 0}
      """;

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("tiny.yaml"), text);
  }

  private void assertRejected(String text, String message) throws IOException {
    Path file = write(text);
    assertThatThrownBy(() -> RegressionConfigs.read(file))
        .isInstanceOf(MalformedConfigException.class)
        .hasMessage(file + message);
  }

  @Test
  void readsEveryPartOfAConfigInTheFilesOrder() throws IOException {
    RegressionConfig config = RegressionConfigs.read(write(VALID));

    assertThat(config.name()).isEqualTo("tiny");
    assertThat(config.regression().name()).isEqualTo("beir");
    assertThat(config.corpus()).containsKeys("corpus", "queries", "qrels");
    assertThat(config.settings()).containsEntry("preset", "anserini-flat");
    assertThat(config.metrics())
        .containsExactly(
            new ExpectedMetric("nDCG@10", 0.5, 0.001, OptionalDouble.of(0.49), 11),
            new ExpectedMetric("queries", 2, 0, OptionalDouble.empty(), 12));
  }

  @Test
  void everyBundledConfigIsValid() throws IOException {
    assertThat(RegressionConfigs.bundledNames())
        .contains(
            "beir-scifact-anserini-flat",
            "beir-scifact-paperscope",
            "pdf-sections",
            "pdf-text-fidelity",
            "pdf-titles",
            "search-quality-demo");
    for (String name : RegressionConfigs.bundledNames()) {
      assertThat(RegressionConfigs.load(name).name()).isEqualTo(name);
    }
  }

  @Test
  void aBadValueIsReportedWithItsLine() throws IOException {
    assertRejected(
        VALID.replace("anserini-flat", "bm99"),
        ":8: settings.preset: unknown preset \"bm99\"; known presets: anserini-flat, paperscope");
    assertRejected(
        VALID.replace("evaluation: beir", "evaluation: trec"),
        ":2: unknown evaluation \"trec\"; known: beir, search, pdf, knn-labels, tldr, glossary, tags");
    assertRejected(
        VALID.replace("queries: {", "MAP: {"),
        ":12: metrics: \"MAP\" is no metric of a beir evaluation; known: nDCG@10; R@100; R@1000;"
            + " queries");
    assertRejected(
        VALID.replace("tolerance: 0}", "tolerance: -1}"),
        ":12: metrics.queries.tolerance: must be 0 or more");
    assertRejected(
        VALID.replace("expected: 2", "expected: two"),
        ":12: metrics.queries.expected: expected a number, not \"two\"");
  }

  @Test
  void unknownDuplicatedAndMissingKeysAreRefused() throws IOException {
    assertRejected(
        VALID + "colour: blue\n",
        ":13: unknown key \"colour\"; a config has description, evaluation, corpus, settings,"
            + " metrics");
    assertRejected(
        VALID.replace("  qrels: c/qrels.tsv\n", "  qrels: a\n  qrels: b\n"),
        ":7: corpus.qrels: given twice (also on line 6)");
    assertRejected(VALID.replace("  qrels: c/qrels.tsv\n", ""), ":3: corpus: missing \"qrels\"");
    assertRejected(
        VALID.replace(", tolerance: 0}", "}"), ":12: metrics.queries: missing \"tolerance\"");
    assertRejected(
        VALID.replace("description: tiny\n", ""),
        ": missing \"description\": say what is evaluated and where the figures come from");
  }

  @Test
  void yamlThatDoesNotParseIsOneLineWithItsLine() throws IOException {
    assertRejected(
        "description: x\nevaluation: beir\n  corpus: [\n",
        ":3: not valid YAML: mapping values are not allowed here");
  }

  @Test
  void settingsAreCheckedByTheirEvaluation() throws IOException {
    String pdf =
        """
        description: pdf
        evaluation: pdf
        corpus: {pdfs: pdfs}
        settings: {part: title}
        metrics:
          accuracy: {expected: 1, tolerance: 0}
        """;
    assertRejected(
        pdf,
        ":4: settings.part: unknown part \"title\"; known parts: titles, fidelity," + " sections");
    String search =
        """
        description: search
        evaluation: search
        corpus: {index: mine}
        settings: {sample: 10, seed: 1}
        metrics:
          refused: {expected: 0, tolerance: 0}
        """;
    assertRejected(
        search,
        ":3: corpus.index: unknown index \"mine\"; known: demo (what paperscope demo"
            + " ingests)");
    assertRejected(
        search.replace("mine", "demo").replace("sample: 10", "sample: 0"),
        ":4: settings.sample: must be 1 or more, not 0");
  }

  @Test
  void noFileAndNoBundledConfigOfThatNameSaysWhichExist() {
    assertThatThrownBy(() -> RegressionConfigs.load("nonesuch"))
        .isInstanceOf(MalformedConfigException.class)
        .hasMessageStartingWith("nonesuch: no such config file, and no bundled config of that name")
        .hasMessageContaining("beir-scifact-paperscope");
  }

  @Test
  void toleranceIsInclusiveAsAssertJsIsCloseTo() {
    ExpectedMetric metric = new ExpectedMetric("m", 0.5, 0.25, OptionalDouble.empty(), 1);
    assertThat(metric.accepts(0.75)).isTrue();
    assertThat(metric.accepts(0.25)).isTrue();
    assertThat(metric.accepts(0.7500001)).isFalse();
    assertThat(metric.accepts(Double.NaN)).isFalse();
  }
}
