package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.PaperJson;

/**
 * Embeddings through the CLI with the real model: ingest embeds, {@code similar} and {@code search
 * --mode} use the vectors, {@code --no-enrich} leaves them to {@code enrich}, and the cache makes a
 * rebuilt index embed nothing.
 */
class SimilarCommandIT {
  @TempDir Path dir;

  private static final String PAPERS =
      """
      {"id":"maml","title":"Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks","abstract":"We propose an algorithm for meta-learning that is model-agnostic: it learns an initialization from which a few gradient steps adapt to a new task.","keywords":["meta-learning"],"tldr":"An initialization that adapts fast."}
      {"id":"reptile","title":"On First-Order Meta-Learning Algorithms","abstract":"We analyze first-order meta-learning algorithms that learn a parameter initialization which can be fine-tuned quickly on a new task.","keywords":["meta-learning"]}
      {"id":"reptile-v2","title":"On first-order meta-learning algorithms","abstract":"The same paper again, as a second version."}
      {"id":"attn","title":"Attention Is All You Need","abstract":"The Transformer is a network architecture based solely on attention mechanisms, dispensing with recurrence and convolutions."}
      {"id":"soil","title":"Soil Moisture in Alpine Meadows","abstract":"Weekly soil moisture measurements across two growing seasons."}
      """;

  private Path ingest(String... options) throws IOException {
    Path file = Files.writeString(dir.resolve("papers.jsonl"), PAPERS);
    Path data = dir.resolve("data");
    String[] args = new String[options.length + 4];
    args[0] = "ingest";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--data";
    args[options.length + 2] = data.toString();
    args[options.length + 3] = file.toString();
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return data;
  }

  @Test
  void similarListsNeighboursAsJsonNeverThePaperNorItsOtherVersion() throws IOException {
    Path data = ingest();
    CliRun run = CliRun.of("similar", "reptile", "--data", data.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = PaperJson.mapper().readTree(run.out());
    assertThat(json.get("id").asText()).isEqualTo("reptile");
    JsonNode first = json.get("similar").get(0);
    assertThat(first.get("id").asText()).isEqualTo("maml");
    assertThat(first.get("reason").asText()).isEqualTo("tags: meta-learning");
    assertThat(first.get("tldr").asText()).isEqualTo("An initialization that adapts fast.");
    assertThat(first.get("score").asDouble()).isBetween(0.3, 1.0);
    assertThat(json.get("similar").findValuesAsText("id"))
        .hasSize(3)
        .doesNotContain("reptile", "reptile-v2");

    CliRun text = CliRun.of("similar", "reptile", "--data", data.toString(), "--limit", "1");
    assertThat(text.out()).contains("1. Model-Agnostic Meta-Learning").doesNotContain("2.");
  }

  @Test
  void similarRefusesBadLimitsAndUnknownIds() throws IOException {
    Path data = ingest();
    assertThat(CliRun.of("similar", "maml", "--data", data.toString(), "--limit", "0").exitCode())
        .isEqualTo(2);
    CliRun unknown = CliRun.of("similar", "nope", "--data", data.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no paper with id 'nope'");
  }

  @Test
  void searchTakesAModeAndSaysWhichRan() throws IOException {
    Path data = ingest();
    CliRun semantic =
        CliRun.of(
            "search",
            "--data",
            data.toString(),
            "--mode",
            "semantic",
            "--json",
            "adapting quickly to new tasks");
    JsonNode json = PaperJson.mapper().readTree(semantic.out());
    assertThat(json.get("mode").asText()).isEqualTo("semantic");
    assertThat(json.get("hits").get(0).get("id").asText()).isIn("maml", "reptile", "reptile-v2");
    CliRun hybrid = CliRun.of("search", "--data", data.toString(), "--json", "meta-learning");
    assertThat(PaperJson.mapper().readTree(hybrid.out()).get("mode").asText()).isEqualTo("hybrid");
    CliRun bad = CliRun.of("search", "--data", data.toString(), "--mode", "fuzzy", "x");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--mode");
  }

  @Test
  void withoutEnrichmentThereAreNoVectorsUntilEnrichRunsAndARebuildEmbedsNothing()
      throws IOException {
    Path data = ingest("--no-enrich");
    CliRun before = CliRun.of("similar", "maml", "--data", data.toString());
    assertThat(before.exitCode()).isEqualTo(1);
    assertThat(before.err()).contains("no vector yet");
    assertThat(CliRun.of("show", "maml", "--data", data.toString(), "--json").out())
        .contains("\"hasVector\":false");
    String csvBefore = exportCsv(data);
    assertThat(csvBefore.lines().findFirst().orElseThrow())
        .startsWith("id,")
        .endsWith(",has_vector,tldr_source,auto_tldr,auto_tags");
    assertThat(csvBefore.lines().skip(1))
        .hasSize(5)
        .allSatisfy(row -> assertThat(row).contains(",false,"));
    CliRun search = CliRun.of("search", "--data", data.toString(), "--json", "meta-learning");
    assertThat(PaperJson.mapper().readTree(search.out()).get("mode").asText()).isEqualTo("keyword");

    CliRun enrich = CliRun.of("enrich", "--data", data.toString());
    assertThat(enrich.out()).contains("embedding: 5 pending, 5 computed");
    assertThat(CliRun.of("similar", "maml", "--data", data.toString()).exitCode()).isZero();
    assertThat(CliRun.of("show", "maml", "--data", data.toString(), "--json").out())
        .contains("\"hasVector\":true");
    assertThat(exportCsv(data).lines().skip(1))
        .hasSize(5)
        .allSatisfy(row -> assertThat(row).contains(",true,").doesNotContain(",false,"));

    deleteIndex(data);
    CliRun again =
        CliRun.of("ingest", "--data", data.toString(), dir.resolve("papers.jsonl").toString());
    // Every vector is in the cache: documents take them as they are written, nothing is pending.
    assertThat(again.out()).doesNotContain("embedding:");
    assertThat(CliRun.of("stats", "--data", data.toString()).out()).contains("5 with a vector");
  }

  private static String exportCsv(Path data) {
    CliRun run = CliRun.of("export", "--data", data.toString(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  private static void deleteIndex(Path data) throws IOException {
    try (var files = Files.walk(data.resolve("index"))) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
