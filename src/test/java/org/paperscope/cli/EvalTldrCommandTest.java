package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.tldr.TldrModel;

/** {@code eval tldr}: scoring, fitting, saving and cross-validating from the command line. */
class EvalTldrCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] TOPICS = {"graph pooling", "label noise", "memory replay"};

  @TempDir Path dir;
  Path scored;
  Path training;

  /**
   * Papers whose TL;DR is their third sentence without its trailing clause: a model fitted on them
   * learns to pick it; the shipped one need not.
   */
  private Path papers(String name, int from, int count) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      String topic = TOPICS[i % TOPICS.length];
      String method = "We propose Model" + i + " for " + topic;
      ObjectNode paper = JSON.createObjectNode();
      paper.put("paper_id", "p" + i);
      paper.put("title", "Model" + i + ": " + topic);
      ArrayNode source = paper.putArray("source");
      source.add("Many systems in practice suffer when data are scarce and budgets are tight.");
      source.add("Prior work studied several heuristics without much success on benchmarks.");
      source.add(method + ", which relies on a simple trick that anyone can implement quickly.");
      source.add("Experiments on five datasets show clear gains over strong baselines.");
      paper.putArray("target").add(method + ".").add("A paper on " + topic + ".");
      lines.append(JSON.writeValueAsString(paper)).append('\n');
    }
    return Files.writeString(dir.resolve(name), lines.toString());
  }

  @BeforeEach
  void write() throws Exception {
    scored = papers("test.jsonl", 0, 30);
    training = papers("train.jsonl", 100, 60);
  }

  @Test
  void scoresEveryMethodAsJson() throws Exception {
    CliRun run =
        CliRun.of(
            "eval", "tldr", "--file", scored.toString(), "--method", "auto,first,oracle", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = JSON.readTree(run.out());
    assertThat(all).hasSize(3);
    for (JsonNode one : all) {
      assertThat(one.path("papers").asInt()).isEqualTo(30);
      assertThat(one.path("rouge1").asDouble()).isBetween(0.0, 100.0);
    }
    // The oracle is the best sentence by ROUGE-1, the TL;DR's own; the first shares no word.
    assertThat(all.get(2).path("rouge1").asDouble())
        .isGreaterThan(all.get(1).path("rouge1").asDouble() + 20);
  }

  @Test
  void fitSavesAModelThatLoadsAndScoresHigh() throws Exception {
    Path model = dir.resolve("model.json");
    CliRun run =
        CliRun.of(
            "eval",
            "tldr",
            "--file",
            scored.toString(),
            "--fit",
            training.toString(),
            "--save",
            model.toString(),
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("fitting on 60 training papers");
    assertThat(JSON.readTree(run.out()).path("rouge1").asDouble()).isGreaterThan(90);
    assertThat(TldrModel.fromJson(JSON.readTree(model.toFile()))).isNotNull();
  }

  @Test
  void foldsCrossValidateOnTheScoredFile() throws Exception {
    CliRun run =
        CliRun.of(
            "eval",
            "tldr",
            "--file",
            scored.toString(),
            "--fit",
            training.toString(),
            "--folds",
            "3",
            "--method",
            "auto,first",
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = JSON.readTree(run.out());
    assertThat(all.get(0).path("rouge1").asDouble()).isGreaterThan(90);
    assertThat(all.get(1).path("papers").asInt()).isEqualTo(30);
  }

  @Test
  void misusedOptionsAreUsageErrors() {
    CliRun folds = CliRun.of("eval", "tldr", "--file", scored.toString(), "--folds", "3");
    assertThat(folds.exitCode()).isEqualTo(2);
    assertThat(folds.err()).contains("--folds needs --fit");
    CliRun save = CliRun.of("eval", "tldr", "--file", scored.toString(), "--save", "m.json");
    assertThat(save.exitCode()).isEqualTo(2);
    assertThat(save.err()).contains("--save needs --fit");
    CliRun method = CliRun.of("eval", "tldr", "--file", scored.toString(), "--method", "bart");
    assertThat(method.exitCode()).isEqualTo(2);
    assertThat(method.err()).contains("'bart' is none of");
  }
}
