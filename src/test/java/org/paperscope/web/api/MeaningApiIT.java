package org.paperscope.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.MeaningCorpus;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.WebClient;

/** Similar papers and search modes in the API, over papers embedded with the real model. */
class MeaningApiIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(MeaningCorpus::write);

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    return PaperJson.mapper().readTree(response.body());
  }

  private static void assertError(String path, int status, String error, String field)
      throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    JsonNode body = PaperJson.mapper().readTree(response.body());
    assertThat(body.path("error").asText()).as(path).isEqualTo(error);
    if (field == null) {
      assertThat(body.get("field").isNull()).as(path).isTrue();
    } else {
      assertThat(body.path("field").asText()).as(path).isEqualTo(field);
    }
    assertThat(body.path("message").asText()).isNotBlank();
  }

  private static List<String> ids(JsonNode similar) {
    List<String> ids = new ArrayList<>();
    similar.path("similar").forEach(s -> ids.add(s.path("id").asText()));
    return ids;
  }

  @Test
  void similarListsTheParaphraseFirstAndNeverThePaperNorAnotherVersionOfIt() throws Exception {
    JsonNode answer = ok("/api/v1/papers/" + MeaningCorpus.ATTENTION + "/similar");
    assertThat(answer.path("id").asText()).isEqualTo(MeaningCorpus.ATTENTION);
    assertThat(answer.path("embedded").asBoolean()).isTrue();
    // Eleven papers have vectors: the paper and its second version are left out.
    assertThat(ids(answer))
        .hasSize(9)
        .startsWith(MeaningCorpus.SELF_ATTENTION)
        .doesNotContain(MeaningCorpus.ATTENTION, MeaningCorpus.ATTENTION_V2, MeaningCorpus.LATE);
  }

  @Test
  void eachSimilarPaperHasAHitsSummaryWithScoreReasonAndAbstract() throws Exception {
    JsonNode first = ok("/api/v1/papers/" + MeaningCorpus.ATTENTION + "/similar").at("/similar/0");
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "title",
            "authors",
            "venue",
            "year",
            "tldr",
            "tldrSource",
            "autoTldr",
            "score",
            "reason",
            "abstract");
    assertThat(first.path("title").asText()).isEqualTo(MeaningCorpus.SELF_ATTENTION_TITLE);
    assertThat(first.path("authors").get(0).asText()).isEqualTo("Jane Doe");
    assertThat(first.path("tldrSource").asText()).isEqualTo("author");
    assertThat(first.path("score").asDouble()).isBetween(0.3, 1.0);
    assertThat(first.path("reason").asText()).isEqualTo("tags: attention");
    assertThat(first.path("abstract").asText()).startsWith("A sequence transduction model");
  }

  @Test
  void limitIsHonouredAndCheckedFrom1To100() throws Exception {
    JsonNode one = ok("/api/v1/papers/" + MeaningCorpus.MAML + "/similar?limit=1");
    assertThat(ids(one)).containsExactly(MeaningCorpus.REPTILE);
    assertThat(ids(ok("/api/v1/papers/" + MeaningCorpus.MAML + "/similar?limit=100"))).hasSize(10);
    for (String limit : List.of("0", "101", "abc", "-1")) {
      assertError(
          "/api/v1/papers/" + MeaningCorpus.MAML + "/similar?limit=" + limit,
          400,
          "bad_request",
          "limit");
    }
  }

  @Test
  void anUnknownPaperIs404AndOneWithoutAVectorYetIsNotEmbedded() throws Exception {
    assertError("/api/v1/papers/nope/similar", 404, "not_found", null);
    JsonNode late = ok("/api/v1/papers/" + MeaningCorpus.LATE + "/similar");
    assertThat(late.path("embedded").asBoolean()).isFalse();
    assertThat(late.path("similar")).isEmpty();
  }

  @Test
  void tldrsCarryTheirProvenanceEverywhere() throws Exception {
    JsonNode shown = ok("/api/v1/papers/" + MeaningCorpus.MAML + "/tldr");
    assertThat(shown.path("tldrSource").asText()).isEqualTo("auto");
    assertThat(shown.path("tldr").asText())
        .isEqualTo(shown.path("autoTldr").asText())
        .endsWith(".");
    JsonNode author = ok("/api/v1/papers/" + MeaningCorpus.ATTENTION + "/tldr");
    assertThat(author.path("tldrSource").asText()).isEqualTo("author");
    assertThat(author.path("tldr").asText())
        .isEqualTo("Attention alone, without recurrence, translates well and trains fast.");
    JsonNode generated = ok("/api/v1/papers/" + MeaningCorpus.ATTENTION + "/tldr?source=auto");
    assertThat(generated.path("tldrSource").asText()).isEqualTo("auto");
    assertThat(generated.path("tldr").asText()).isEqualTo(author.path("autoTldr").asText());
    JsonNode none = ok("/api/v1/papers/" + MeaningCorpus.MAML + "/tldr?source=author");
    assertThat(none.path("tldrSource").asText()).isEqualTo("none");
    assertThat(none.get("tldr").isNull()).isTrue();
    JsonNode late = ok("/api/v1/papers/" + MeaningCorpus.LATE + "/tldr");
    assertThat(late.path("tldrSource").asText()).isEqualTo("none");
    assertThat(late.get("autoTldr").isNull()).isTrue();
    assertError(
        "/api/v1/papers/" + MeaningCorpus.MAML + "/tldr?source=bot", 400, "bad_request", "source");
    assertError("/api/v1/papers/nope/tldr", 404, "not_found", null);

    JsonNode paper = ok("/api/v1/papers/" + MeaningCorpus.MAML);
    assertThat(paper.path("tldrSource").asText()).isEqualTo("auto");
    assertThat(paper.path("autoTldr").asText()).isEqualTo(shown.path("autoTldr").asText());
    JsonNode hits = ok("/api/v1/search?q=meta-learning&mode=keyword").path("hits");
    assertThat(hits.findValuesAsText("tldrSource")).contains("auto");
    JsonNode similar = ok("/api/v1/papers/" + MeaningCorpus.ATTENTION + "/similar").path("similar");
    assertThat(similar.findValuesAsText("tldrSource")).contains("auto");
    assertThat(similar.findValuesAsText("autoTldr")).isNotEmpty();
  }

  @Test
  void thePaperAndTheExportsSayWhetherAPaperHasAVector() throws Exception {
    assertThat(ok("/api/v1/papers/" + MeaningCorpus.MAML).path("hasVector").isBoolean()).isTrue();
    assertThat(ok("/api/v1/papers/" + MeaningCorpus.MAML).path("hasVector").asBoolean()).isTrue();
    assertThat(ok("/api/v1/papers/" + MeaningCorpus.LATE).path("hasVector").asBoolean()).isFalse();
    JsonNode all = ok("/search.json?limit=100");
    List<String> without = new ArrayList<>();
    all.path("papers")
        .forEach(
            p -> {
              if (!p.path("hasVector").asBoolean(true)) {
                without.add(p.path("id").asText());
              }
            });
    assertThat(without).containsExactly(MeaningCorpus.LATE);
    String csv = harness.client.get("/search.csv?limit=100").body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",pdf,has_vector,tldr_source,auto_tldr,auto_tags");
    assertThat(csv.lines().filter(line -> line.contains(",false,")).toList())
        .singleElement()
        .asString()
        .startsWith(MeaningCorpus.LATE + ",")
        .endsWith(",false,none,,");
  }

  @Test
  void headAnswersWhatGetWouldAndWriteMethodsAre405() throws Exception {
    String path = "/api/v1/papers/" + MeaningCorpus.MAML + "/similar";
    for (String p : List.of(path, "/api/v1/papers/nope/similar", path + "?limit=0")) {
      HttpResponse<String> get = harness.client.get(p);
      HttpResponse<String> head = harness.client.send("HEAD", p);
      assertThat(head.statusCode()).as(p).isEqualTo(get.statusCode());
      assertThat(head.body()).as(p).isEmpty();
    }
    HttpResponse<String> post = harness.client.send("POST", path);
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  void searchRunsTheModeAskedForAndSaysWhichRan() throws Exception {
    String q = "/api/v1/search?q=" + WebClient.enc(MeaningCorpus.FEW_EXAMPLES);
    JsonNode semantic = ok(q + "&mode=semantic");
    assertThat(semantic.path("mode").asText()).isEqualTo("semantic");
    assertThat(semantic.at("/hits/0/id").asText()).isIn(MeaningCorpus.MAML, MeaningCorpus.REPTILE);
    JsonNode keyword = ok(q + "&mode=KEYWORD");
    assertThat(keyword.path("mode").asText()).isEqualTo("keyword");
    assertThat(keyword.path("total").asLong()).isLessThan(semantic.path("total").asLong());
    JsonNode auto = ok("/api/v1/search?q=meta-learning");
    assertThat(auto.path("mode").asText()).isEqualTo("hybrid");
    assertThat(ok("/api/v1/search?q=meta-learning&mode=hybrid").path("total"))
        .isEqualTo(ok("/api/v1/search?q=meta-learning&mode=keyword").path("total"))
        .isEqualTo(auto.path("total"));
    assertError("/api/v1/search?q=x&mode=vibes", 400, "bad_request", "mode");
  }

  @Test
  void exportsHoldWhatTheSameModeFinds() throws Exception {
    String q = "?q=" + WebClient.enc(MeaningCorpus.FEW_EXAMPLES) + "&mode=semantic";
    JsonNode semantic = ok("/api/v1/search" + q);
    JsonNode export = ok("/search.json" + q);
    assertThat(export.path("total")).isEqualTo(semantic.path("total"));
    assertThat(export.at("/papers/0/id")).isEqualTo(semantic.at("/hits/0/id"));
  }
}
