package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.PaperJson;

/** Auto-TLDRs through the CLI: written beside the authors', labelled, exported and read back. */
class TldrCommandTest {
  private static final String ABSTRACT =
      "Incremental class learning involves sequentially learning classes in bursts of examples."
          + " This violates the assumptions of standard deep neural networks and causes"
          + " catastrophic forgetting. In this paper, we propose FearNet, a brain-inspired model"
          + " for incremental class learning without storing previous examples. FearNet achieves"
          + " state-of-the-art performance on CIFAR-100 and AudioSet.";

  @TempDir Path dir;
  Path papers;

  @BeforeEach
  void write() throws Exception {
    papers =
        Files.writeString(
            dir.resolve("papers.jsonl"),
            "{\"id\":\"auto\",\"title\":\"FearNet: Brain-Inspired Model for Incremental"
                + " Learning\",\"abstract\":\""
                + ABSTRACT
                + "\"}\n"
                + "{\"id\":\"author\",\"title\":\"FearNet again\",\"abstract\":\""
                + ABSTRACT
                + "\",\"tldr\":\"The authors' own words.\"}\n"
                + "{\"id\":\"bare\",\"title\":\"A paper without an abstract\"}\n");
  }

  private static JsonNode json(String out) throws Exception {
    return PaperJson.mapper().readTree(out);
  }

  private static JsonNode show(Path data, String id) throws Exception {
    CliRun run = CliRun.of("show", id, "--data", data.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return json(run.out());
  }

  @Test
  void ingestWritesAnAutoTldrBesideTheAuthorsNeverInItsPlace() throws Exception {
    Path data = dir.resolve("data");
    assertThat(CliRun.of("ingest", "--data", data.toString(), papers.toString()).exitCode())
        .isZero();

    JsonNode auto = show(data, "auto");
    assertThat(auto.path("tldrSource").asText()).isEqualTo("auto");
    assertThat(auto.path("tldr").asText())
        .isEqualTo(auto.path("autoTldr").asText())
        .contains("FearNet")
        .doesNotStartWith("In this paper")
        .endsWith(".");

    JsonNode author = show(data, "author");
    assertThat(author.path("tldrSource").asText()).isEqualTo("author");
    assertThat(author.path("tldr").asText()).isEqualTo("The authors' own words.");
    assertThat(author.path("autoTldr").asText())
        .isNotBlank()
        .isNotEqualTo("The authors' own words.");

    JsonNode bare = show(data, "bare");
    assertThat(bare.path("tldrSource").asText()).isEqualTo("none");
    assertThat(bare.has("tldr")).isFalse();
    assertThat(bare.has("autoTldr")).isFalse();

    String text = CliRun.of("show", "auto", "--data", data.toString()).out();
    assertThat(text).contains("Auto-TLDR: " + auto.path("autoTldr").asText());
    assertThat(CliRun.of("search", "--data", data.toString(), "FearNet").out())
        .contains("Auto-TLDR: ", "TL;DR (author): The authors' own words.");
    JsonNode hits = json(CliRun.of("search", "--data", data.toString(), "--json", "FearNet").out());
    assertThat(hits.at("/hits").findValuesAsText("tldrSource")).contains("auto", "author");
  }

  @Test
  void anExportReadsBackWithoutTakingTheAutoTldrForTheAuthors() throws Exception {
    Path data = dir.resolve("data");
    CliRun.of("ingest", "--data", data.toString(), papers.toString());
    Path exported = dir.resolve("export.jsonl");
    assertThat(CliRun.of("export", "--data", data.toString(), "-o", exported.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(exported)).contains("\"tldrSource\":\"auto\"");
    String csv = CliRun.of("export", "--data", data.toString(), "--format", "csv").out();
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",tldr_source,auto_tldr,auto_tags");
    assertThat(csv).contains(",auto,", ",author,", ",none,");

    Path again = dir.resolve("again");
    CliRun ingest = CliRun.of("ingest", "--data", again.toString(), exported.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    // Had the generated TL;DR been read as the authors', its source would now be "author".
    assertThat(show(again, "auto").path("tldrSource").asText()).isEqualTo("auto");
    assertThat(show(again, "author").path("tldr").asText()).isEqualTo("The authors' own words.");
  }

  /**
   * Found on the demo: with the TL;DR cache's folder missing (a new method version, a cleared
   * cache), {@code tldr ID} printed the TL;DR but stored none.
   */
  @Test
  void tldrByIdStoresTheTldrWhenItsCacheFolderIsMissing() throws Exception {
    Path data = dir.resolve("data");
    CliRun.of("ingest", "--data", data.toString(), "--no-enrich", papers.toString());
    assertThat(Files.exists(data.resolve("cache").resolve("tldr"))).isFalse();
    CliRun run = CliRun.of("tldr", "auto", "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Auto-TLDR: ");
    JsonNode auto = show(data, "auto");
    assertThat(auto.path("tldrSource").asText()).isEqualTo("auto");
    assertThat(run.out()).contains(auto.path("autoTldr").asText());
  }

  @Test
  void tldrWritesWhatIsPendingAndRewritesPapersByIdDeterministically() throws Exception {
    Path data = dir.resolve("data");
    CliRun.of("ingest", "--data", data.toString(), "--no-enrich", papers.toString());
    assertThat(show(data, "auto").path("tldrSource").asText()).isEqualTo("none");

    CliRun pending = CliRun.of("tldr", "--data", data.toString());
    assertThat(pending.exitCode()).as(pending.err()).isZero();
    assertThat(pending.out())
        .contains("tldr: 2 pending, 2 computed, 0 already stored, 0 not applicable, 0 failed");
    String first = show(data, "auto").path("autoTldr").asText();
    assertThat(CliRun.of("stats", "--data", data.toString()).out())
        .contains("1 with TL;DR, 2 with an Auto-TLDR");
    assertThat(first).isNotBlank();

    CliRun again = CliRun.of("tldr", "auto", "bare", "--data", data.toString(), "--json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    JsonNode list = json(again.out());
    assertThat(list.get(0).path("id").asText()).isEqualTo("auto");
    assertThat(list.get(0).path("autoTldr").asText()).isEqualTo(first);
    assertThat(list.get(0).path("tldrSource").asText()).isEqualTo("auto");
    assertThat(list.get(1).path("tldrSource").asText()).isEqualTo("none");

    CliRun unknown = CliRun.of("tldr", "nope", "--data", data.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no paper with id 'nope'");
  }
}
