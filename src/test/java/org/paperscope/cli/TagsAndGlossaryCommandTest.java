package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.PaperJson;

/** Tags (one per idea, automatic ones marked) and the glossary through the CLI. */
class TagsAndGlossaryCommandTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void ingest() throws Exception {
    Path papers =
        Files.writeString(
            dir.resolve("papers.jsonl"),
            line("a", "Training GANs", "We train generators.", "GAN; image synthesis")
                + line("b", "Better GANs", "We train better generators.", "GANs")
                + line(
                    "c", "Stable GANs", "We stabilise training.", "generative adversarial networks")
                + line(
                    "auto",
                    "FearNet: Incremental Learning",
                    "In this paper, we propose FearNet, a brain-inspired model for incremental"
                        + " class learning. FearNet uses generative adversarial networks and"
                        + " reinforcement learning to replay old classes.",
                    null));
    data = dir.resolve("data");
    CliRun run = CliRun.of("ingest", "--data", data.toString(), papers.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static String line(String id, String title, String abstractText, String keywords) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"year\":2018,\"abstract\":\""
        + abstractText
        + "\""
        + (keywords == null ? "" : ",\"keywords\":\"" + keywords + "\"")
        + "}\n";
  }

  private JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return PaperJson.mapper().readTree(run.out());
  }

  @Test
  void keywordsWrittenDifferentlyAreOneTagWithAliasesAndAutomaticTagsCount() throws Exception {
    JsonNode tags = json("tags", "--json").path("tags");
    JsonNode gan = null;
    for (JsonNode t : tags) {
      if (t.path("tag").asText().equals("generative adversarial network")) {
        gan = t;
      }
    }
    assertThat(gan).isNotNull();
    assertThat(gan.path("name").asText()).isEqualTo("GAN");
    assertThat(gan.path("count").asInt()).isEqualTo(4);
    assertThat(gan.path("aliases").toString()).contains("GANs", "generative adversarial networks");
    assertThat(json("search", "tag:GANs", "--json").path("total").asInt()).isEqualTo(4);
    assertThat(
            json("search", "tag:\"generative-adversarial network\"", "--json")
                .path("total")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void automaticTagsAreMarkedAndAuthorsKeywordsKept() throws Exception {
    JsonNode auto = json("show", "auto", "--json");
    assertThat(auto.path("tags").findValuesAsText("source")).isNotEmpty().containsOnly("auto");
    assertThat(auto.path("tags").findValuesAsText("tag"))
        .contains("GAN", "reinforcement learning", "incremental learning");
    assertThat(auto.path("concepts").findValuesAsText("name")).contains("FearNet");
    JsonNode a = json("show", "a", "--json");
    assertThat(a.path("tags").findValuesAsText("source")).containsOnly("author");
    assertThat(a.path("tags").findValuesAsText("tag")).containsExactly("GAN", "image synthesis");
  }

  @Test
  void randomTagsRepeatForASeed() throws Exception {
    CliRun first = CliRun.of("tags", "--random", "2", "--seed", "3", "--data", data.toString());
    CliRun again = CliRun.of("tags", "--random", "2", "--seed", "3", "--data", data.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out().lines().count()).isEqualTo(2);
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(CliRun.of("tags", "--seed", "3", "--data", data.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void glossaryListsAndExplainsConcepts() throws Exception {
    JsonNode list = json("glossary", "--json");
    assertThat(list.findValuesAsText("name")).containsExactly("FearNet");
    JsonNode fearNet = list.get(0);
    assertThat(fearNet.path("definedBy").asText()).isEqualTo("auto");
    assertThat(fearNet.path("year").asInt()).isEqualTo(2018);
    assertThat(fearNet.path("mentions").asInt()).isEqualTo(1);
    assertThat(fearNet.has("aliases")).isTrue();

    JsonNode one = json("glossary", "fearnet", "--json");
    assertThat(one.path("definers").get(0).asText()).isEqualTo("auto");
    CliRun text = CliRun.of("glossary", "FearNet", "--data", data.toString());
    assertThat(text.out()).startsWith("What is FearNet?").contains("introduced by: FearNet");
    CliRun unknown = CliRun.of("glossary", "NoSuchNet", "--data", data.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no concept named 'NoSuchNet'");
  }
}
