package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperscope eval run}: a BEIR config over a three-document corpus written here. */
class EvalRunTest {
  private static final String CONFIG =
      """
      description: Three documents, two judged queries.
      evaluation: beir
      corpus: {corpus: tiny/corpus.jsonl, queries: tiny/queries.jsonl, qrels: tiny/test.tsv}
      settings: {preset: anserini-flat, mode: keyword}
      metrics:
        nDCG@10: {expected: NDCG, tolerance: 0.001, published: 0.9}
        queries: {expected: 2, tolerance: 0}
      """;

  @TempDir Path dir;
  Path shared;

  @BeforeEach
  void writeCorpus() throws IOException {
    shared = dir.resolve("shared");
    Path tiny = Files.createDirectories(shared.resolve("tiny"));
    Files.writeString(
        tiny.resolve("corpus.jsonl"),
        """
        {"_id": "d1", "title": "Dropout", "text": "Dropping units regularises."}
        {"_id": "d2", "title": "Batch norm", "text": "Normalising layer inputs."}
        {"_id": "d3", "title": "Adam", "text": "A stochastic optimiser with adaptive moments."}
        """);
    Files.writeString(
        tiny.resolve("queries.jsonl"),
        """
        {"_id": "1", "text": "dropping units"}
        {"_id": "2", "text": "adaptive moment optimiser"}
        """);
    Files.writeString(tiny.resolve("test.tsv"), "query-id\tcorpus-id\tscore\n1\td1\t1\n2\td3\t1\n");
  }

  private Path config(String ndcg) throws IOException {
    return Files.writeString(dir.resolve("tiny.yaml"), CONFIG.replace("NDCG", ndcg));
  }

  private CliRun run(Path config) {
    return CliRun.of("eval", "run", config.toString(), "--shared", shared.toString());
  }

  @Test
  void metricsWithinToleranceExitZeroWithTheTable() throws IOException {
    CliRun run = run(config("1.0"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("### tiny\n\nThree documents, two judged queries.\n\n")
        .contains("| metric | published | expected | actual | ok |")
        .contains("| nDCG@10 | 0.9000 | 1.0000 ± 0.001 | 1.0000 | yes |")
        .contains("| queries | — | 2 ± 0 | 2 | yes |");
  }

  @Test
  void aMetricPastItsToleranceExitsOneNamingIt() throws IOException {
    CliRun run = run(config("0.95"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("| nDCG@10 | 0.9000 | 0.9500 ± 0.001 | 1.0000 | **no** |");
    assertThat(run.err()).isEqualTo("paperscope eval run: outside tolerance: tiny: nDCG@10\n");
  }

  @Test
  void aBadConfigExitsTwoWithFileAndLine() throws IOException {
    Path config = config("high");

    CliRun run = run(config);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "paperscope run: " + config + ":6: metrics.nDCG@10.expected: expected a number, not");
  }

  @Test
  void aMissingSharedDirectoryIsAUsageError() throws IOException {
    CliRun run =
        CliRun.of(
            "eval", "run", config("1.0").toString(), "--shared", dir.resolve("no").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no shared data directory ").contains("pass --shared DIR");
  }

  @Test
  void aMissingCorpusFileIsNamed() throws IOException {
    Files.delete(shared.resolve("tiny/test.tsv"));

    CliRun run = run(config("1.0"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            shared.resolve("tiny/test.tsv") + ": not found (corpus of tiny, under the shared");
  }

  @Test
  void listNamesTheBundledConfigs() {
    CliRun run = CliRun.of("eval", "run", "--list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("beir-scifact-anserini-flat\t", "search-quality-demo\t");
  }
}
