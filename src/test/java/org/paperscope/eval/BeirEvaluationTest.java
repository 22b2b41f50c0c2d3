package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirEvaluationTest {
  @TempDir Path dir;

  /** Returns fixed hits and records what it was asked. */
  private static final class FixedRetriever implements BeirRetriever {
    final List<String> askedQueries = new ArrayList<>();
    int askedDepth;

    @Override
    public Run retrieve(Map<String, String> queries, int depth) {
      askedQueries.addAll(queries.keySet());
      askedDepth = depth;
      Map<String, List<Run.Hit>> hits = new LinkedHashMap<>();
      // q1 retrieves itself first; removing it puts the relevant d1 at rank 1.
      hits.put("q1", List.of(new Run.Hit("q1", 9), new Run.Hit("d1", 8), new Run.Hit("d2", 7)));
      hits.put("q2", List.of(new Run.Hit("d9", 1)));
      return new Run(hits);
    }

    @Override
    public void close() {}
  }

  @Test
  void retrievesJudgedQueriesToDepth1000AndDropsSelfHits() throws IOException {
    Qrels qrels =
        new Qrels(
            Map.of(
                "q1", Map.of("d1", 1),
                "q2", Map.of("d3", 1),
                "q3", Map.of("d4", 0)));
    FixedRetriever retriever = new FixedRetriever();
    Map<String, String> queries = Map.of("q1", "a", "q2", "b", "q3", "c", "q4", "d");
    EvalResult result = BeirEvaluation.evaluate(retriever, queries, qrels);

    // q3 has nothing relevant and q4 no judgments: neither is retrieved nor averaged.
    assertThat(retriever.askedQueries).containsExactlyInAnyOrder("q1", "q2");
    assertThat(retriever.askedDepth).isEqualTo(1000);
    // q1: d1 at rank 1 after removing q1 -> nDCG 1, recall 1; q2 finds nothing -> 0. Means 0.5.
    assertThat(result.ndcg10()).isCloseTo(0.5, within(1e-12));
    assertThat(result.recall100()).isCloseTo(0.5, within(1e-12));
    assertThat(result.recall1000()).isCloseTo(0.5, within(1e-12));
    assertThat(result.queries()).isEqualTo(2);
  }

  @Test
  void evaluatesPresetFromFiles() throws IOException {
    Path corpus =
        write(
            "corpus.jsonl",
            """
            {"_id": "d1", "title": "Dropout", "text": "Dropping units regularises."}
            {"_id": "d2", "title": "Batch norm", "text": "Normalising layer inputs."}
            {"_id": "d3", "title": "Adam", "text": "A stochastic optimiser with adaptive moments."}
            """);
    Path queries =
        write(
            "queries.jsonl",
            """
            {"_id": "1", "text": "dropping units"}
            {"_id": "2", "text": "adaptive moment optimiser"}
            {"_id": "3", "text": "not judged"}
            """);
    Path qrels = write("test.tsv", "query-id\tcorpus-id\tscore\n1\td1\t1\n2\td3\t1\n");
    EvalResult result =
        BeirEvaluation.evaluate(
            corpus, queries, qrels, BeirPreset.ANSERINI_FLAT, BeirSetup.keyword(dir));
    assertThat(result).isEqualTo(new EvalResult(1, 1, 1, 2));
  }

  @Test
  void judgedQueryWithoutTextFailsBeforeIndexing() throws IOException {
    Path queries = write("queries.jsonl", "{\"_id\": \"1\", \"text\": \"x\"}\n");
    Path qrels = write("test.tsv", "query-id\tcorpus-id\tscore\n1\td1\t1\n2\td1\t1\n");
    Path missingCorpus = dir.resolve("no-corpus.jsonl");
    assertThatThrownBy(
            () ->
                BeirEvaluation.evaluate(
                    missingCorpus,
                    queries,
                    qrels,
                    BeirPreset.ANSERINI_FLAT,
                    BeirSetup.keyword(dir)))
        .isInstanceOf(IOException.class)
        .hasMessage(queries + ": 1 judged queries have no text, e.g. [2]");
  }

  @Test
  void presetsAreFoundByCommandLineName() {
    assertThat(BeirPreset.fromName("anserini-flat")).isEqualTo(BeirPreset.ANSERINI_FLAT);
    assertThat(BeirPreset.fromName("Anserini-Flat")).isEqualTo(BeirPreset.ANSERINI_FLAT);
    assertThat(BeirPreset.ANSERINI_FLAT).hasToString("anserini-flat");
    assertThat(BeirPreset.fromName("paperscope")).isEqualTo(BeirPreset.PAPERSCOPE);
    assertThatThrownBy(() -> BeirPreset.fromName("bm42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown preset \"bm42\"; known presets: anserini-flat, paperscope");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
