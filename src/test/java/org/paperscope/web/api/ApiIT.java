package org.paperscope.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;
import org.paperscope.web.WebClient;
import org.paperscope.web.WebLimits;
import org.paperscope.web.search.SearchLinks;

class ApiIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return PaperJson.mapper().readTree(response.body());
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json(response);
  }

  private static void assertError(String path, int status, String error, String field)
      throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.path("error").asText()).isEqualTo(error);
    if (field == null) {
      assertThat(body.get("field").isNull()).isTrue();
    } else {
      assertThat(body.path("field").asText()).isEqualTo(field);
    }
    assertThat(body.path("message").asText()).isNotBlank();
  }

  @Test
  void oddIdsAndAuthorNamesRoundTripThroughEncodedPaths() throws Exception {
    for (String id : List.of(TestCorpus.ODD_ID, TestCorpus.DOT_SEGMENT_ID)) {
      String path = URI.create("/api/v1" + SearchLinks.paper(id)).normalize().getRawPath();
      assertThat(ok(path).path("id").asText()).isEqualTo(id);
    }
    for (String name : List.of(TestCorpus.ODD_AUTHOR, TestCorpus.ODDER_AUTHOR)) {
      JsonNode author = ok("/api/v1" + SearchLinks.author(name));
      assertThat(author.path("name").asText()).isEqualTo(name);
      assertThat(author.path("papers").findValuesAsText("id")).contains(TestCorpus.ODD_ID);
    }
  }

  @Test
  void headOnTheApiAnswersWhatGetWouldWithoutTheBody() throws Exception {
    for (String path : List.of("/api/v1/papers/p01", "/api/v1/papers/nope", "/api/v1/tags")) {
      HttpResponse<String> get = harness.client.get(path);
      HttpResponse<String> head = harness.client.send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as(path).isEmpty();
    }
    assertThat(harness.client.send("HEAD", "/api/v1/papers/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void writeMethodsOnTheApiAre405WithAllowAndAJsonError() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> response = harness.client.send(method, "/api/v1/search?q=x");
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
      JsonNode body = json(response);
      assertThat(body.path("error").asText()).isEqualTo("method_not_allowed");
      assertThat(body.has("field")).isTrue();
      assertThat(body.path("message").asText()).contains(method);
    }
  }

  @Test
  void searchAnswersInTheCliShape() throws Exception {
    JsonNode result = ok("/api/v1/search?q=learning");
    assertThat(result.path("total").asLong()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    assertThat(result.path("hits")).hasSize(ApiRoutes.DEFAULT_LIMIT);
    JsonNode hit = result.path("hits").get(0);
    List<String> keys = new ArrayList<>();
    hit.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsSubsequence(
            "id",
            "title",
            "authors",
            "venue",
            "year",
            "decision",
            "tldrSource",
            "score",
            "snippets");
    JsonNode snippet = hit.path("snippets").get(0);
    assertThat(snippet.path("field").asText()).isIn("abstract", "tldr");
    JsonNode span = snippet.path("highlights").get(0);
    String marked =
        snippet.path("text").asText().substring(span.get(0).asInt(), span.get(1).asInt());
    assertThat(marked.toLowerCase()).startsWith("learn");
    assertThat(result.path("facets").fieldNames())
        .toIterable()
        .containsExactly("venue", "year", "tag", "decision", "author");
    assertThat(result.path("facets").path("venue").path("ICLR").asLong())
        .isEqualTo(TestCorpus.ICLR_LEARNING);
  }

  @Test
  void filtersNarrowToTheFacetCount() throws Exception {
    long iclr = ok("/api/v1/search?q=learning").path("facets").path("venue").path("ICLR").asLong();
    JsonNode filtered = ok("/api/v1/search?q=learning&filter=" + WebClient.enc("venue:\"ICLR\""));
    assertThat(filtered.path("total").asLong()).isEqualTo(iclr);
    long iclr2018 = filtered.path("facets").path("year").path("2018").asLong();
    JsonNode both =
        ok(
            "/api/v1/search?q=learning&filter="
                + WebClient.enc("venue:\"ICLR\"")
                + "&filter="
                + WebClient.enc("year:2018"));
    assertThat(both.path("total").asLong()).isEqualTo(iclr2018).isLessThan(iclr);
  }

  @Test
  void filtersOfOneDimensionAreOredAndStillCountedSideways() throws Exception {
    JsonNode both =
        ok(
            "/api/v1/search?q=learning&filter="
                + WebClient.enc("venue:\"ICLR\"")
                + "&filter="
                + WebClient.enc("venue:\"NeurIPS\""));
    JsonNode venues = both.path("facets").path("venue");
    assertThat(both.path("total").asLong())
        .isEqualTo(TestCorpus.LEARNING_PAPERS)
        .isEqualTo(venues.path("ICLR").asLong() + venues.path("NeurIPS").asLong());
  }

  @Test
  void searchCarriesNotesAndSuggestion() throws Exception {
    JsonNode relaxed = ok("/api/v1/search?q=" + WebClient.enc("graphs learnnig"));
    assertThat(relaxed.path("total").asLong()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    assertThat(relaxed.path("notes").get(0).path("kind").asText()).isEqualTo("relaxed");
    assertThat(relaxed.path("notes").get(0).path("message").asText()).isNotBlank();
    assertThat(relaxed.path("suggestion").asText()).isEqualTo("graphs learning");
    assertThat(relaxed.has("paperId")).isFalse();
    JsonNode plain = ok("/api/v1/search?q=learning");
    assertThat(plain.path("notes")).isEmpty();
    assertThat(plain.has("suggestion")).isFalse();
  }

  @Test
  void aQueryNamingOnePaperAnswersJsonWithItsId() throws Exception {
    HttpResponse<String> response =
        harness.client.get("/api/v1/search?q=" + WebClient.enc("arXiv:1409.3215"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.path("paperId").asText()).isEqualTo(TestCorpus.ARXIV_ID);
    assertThat(result.path("total").asLong()).isEqualTo(1);
    assertThat(result.path("hits").get(0).path("id").asText()).isEqualTo(TestCorpus.ARXIV_ID);
  }

  @Test
  void moreListsEveryValueOfOneDimension() throws Exception {
    JsonNode usual = ok("/api/v1/search?q=");
    assertThat(usual.path("facets").path("tag")).hasSize(ApiRoutes.FACET_VALUES);
    JsonNode more = ok("/api/v1/search?q=&more=tag");
    assertThat(more.path("facets").path("tag")).hasSize(TestCorpus.TAGS);
    assertThat(more.path("facets").path("author")).hasSize(ApiRoutes.FACET_VALUES);
    assertError("/api/v1/search?q=&more=bogus", 400, "bad_request", "more");
  }

  @Test
  void pagesDoNotOverlap() throws Exception {
    JsonNode first = ok("/api/v1/search?q=learning&limit=20");
    JsonNode second = ok("/api/v1/search?q=learning&limit=20&offset=20");
    assertThat(second.path("hits")).hasSize(TestCorpus.LEARNING_PAPERS - 20);
    List<String> ids = new ArrayList<>();
    first.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    second.path("hits").forEach(h -> assertThat(ids).doesNotContain(h.path("id").asText()));
  }

  @Test
  void sortByYearPutsNewestFirstWithNullScores() throws Exception {
    JsonNode result = ok("/api/v1/search?q=learning&sort=year&limit=100");
    int previous = Integer.MAX_VALUE;
    for (JsonNode hit : result.path("hits")) {
      assertThat(hit.path("year").asInt()).isLessThanOrEqualTo(previous);
      previous = hit.path("year").asInt();
    }
  }

  @Test
  void badParametersAre400WithTheField() throws Exception {
    assertError("/api/v1/search?q=x&limit=101", 400, "bad_request", "limit");
    assertError("/api/v1/search?q=x&limit=ten", 400, "bad_request", "limit");
    assertError("/api/v1/search?q=x&offset=-1", 400, "bad_request", "offset");
    assertError("/api/v1/search?q=x&offset=10001", 400, "bad_request", "offset");
    assertError("/api/v1/search?q=x&sort=size", 400, "bad_request", "sort");
    assertError("/api/v1/tags?sort=size", 400, "bad_request", "sort");
  }

  @Test
  void malformedQueryNamesTheFieldAndPosition() throws Exception {
    HttpResponse<String> response =
        harness.client.get("/api/v1/search?q=" + WebClient.enc("graph \"attention"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("field").asText()).isEqualTo("q");
    assertThat(body.path("message").asText()).isEqualTo("unclosed quote (at character 7)");
    assertError(
        "/api/v1/search?q=graph&filter=" + WebClient.enc("title:(a"), 400, "bad_request", "filter");
  }

  @Test
  void tooManyFiltersAre400() throws Exception {
    StringBuilder path = new StringBuilder("/api/v1/search?q=x");
    for (int i = 0; i <= WebLimits.DEFAULTS.maxFilters(); i++) {
      path.append("&filter=year:").append(2000 + i);
    }
    assertError(path.toString(), 400, "bad_request", "filter");
  }

  @Test
  void oversizedRequestsAre413() throws Exception {
    assertError(
        "/api/v1/search?q=" + "a".repeat(WebLimits.DEFAULTS.maxQueryStringBytes()),
        413,
        "too_large",
        null);
    HttpResponse<String> post =
        harness.client.post(
            "/api/v1/search", "x".repeat((int) WebLimits.DEFAULTS.maxRequestBytes() + 1));
    assertThat(post.statusCode()).isEqualTo(413);
  }

  @Test
  void paperByIdHasEveryKnownField() throws Exception {
    JsonNode paper = ok("/api/v1/papers/p00");
    assertThat(paper.path("title").asText()).isEqualTo("Deep learning method number 0");
    assertThat(paper.path("tldrSource").asText()).isEqualTo("author");
    assertThat(paper.path("links").path("pdf").asText()).isEqualTo("https://example.org/pdf/0.pdf");
    assertThat(ok("/api/v1/papers/" + TestCorpus.SLASH_ID).path("id").asText())
        .isEqualTo(TestCorpus.SLASH_ID);
  }

  @Test
  void unknownIdsAndNamesAre404() throws Exception {
    assertError("/api/v1/papers/nope", 404, "not_found", null);
    assertError("/api/v1/authors/Nobody%20Atall", 404, "not_found", null);
    assertError("/api/v1/nothing-here", 404, "not_found", null);
  }

  @Test
  void withoutEmbeddingsSimilarSaysNotEmbeddedAndEveryModeRunsByWords() throws Exception {
    JsonNode similar =
        ok("/api/v1/papers/" + SearchLinks.pathSegment(TestCorpus.SLASH_ID) + "/similar");
    assertThat(similar.path("id").asText()).isEqualTo(TestCorpus.SLASH_ID);
    assertThat(similar.path("embedded").asBoolean()).isFalse();
    assertThat(similar.path("similar")).isEmpty();
    assertError("/api/v1/papers/nope/similar", 404, "not_found", null);
    assertError("/api/v1/papers/p01/similar?limit=0", 400, "bad_request", "limit");
    assertThat(ok("/api/v1/search?q=learning").path("mode").asText()).isEqualTo("keyword");
    JsonNode semantic = ok("/api/v1/search?q=learning&mode=semantic");
    assertThat(semantic.path("mode").asText()).isEqualTo("keyword");
    assertThat(semantic.path("total").asLong()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    assertError("/api/v1/search?q=learning&mode=vibes", 400, "bad_request", "mode");
  }

  @Test
  void tagsComeByCountOrByName() throws Exception {
    JsonNode byCount = ok("/api/v1/tags").path("tags");
    assertThat(byCount.get(0).path("tag").asText()).isEqualTo("graph learning");
    assertThat(byCount.get(0).path("count").asLong()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    JsonNode byName = ok("/api/v1/tags?sort=name").path("tags");
    List<String> names = new ArrayList<>();
    byName.forEach(t -> names.add(t.path("tag").asText()));
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSize(byCount.size());
  }

  @Test
  void tagsArePagedByOffsetAndLimitWithTheTotal() throws Exception {
    JsonNode all = ok("/api/v1/tags?sort=name");
    JsonNode page = ok("/api/v1/tags?sort=name&offset=1&limit=2");
    assertThat(page.path("total").asInt()).isEqualTo(all.path("tags").size());
    assertThat(page.path("tags")).hasSize(2);
    assertThat(page.path("tags").get(0)).isEqualTo(all.path("tags").get(1));
    assertThat(ok("/api/v1/tags?offset=100000").path("tags")).isEmpty();
    assertError("/api/v1/tags?limit=-1", 400, "bad_request", "limit");
    assertError("/api/v1/tags?offset=x", 400, "bad_request", "offset");
  }

  @Test
  void tagsFilterByTheStartOfAWordAndTotalCountsTheMatches() throws Exception {
    JsonNode topics = ok("/api/v1/tags?q=TOPIC&sort=name&offset=1&limit=2");
    assertThat(topics.path("total").asInt()).isEqualTo(4);
    assertThat(topics.path("tags").findValuesAsText("tag")).containsExactly("topic 1", "topic 2");
    assertThat(ok("/api/v1/tags?q=opic").path("total").asInt()).isZero();
    JsonNode fewShot = ok("/api/v1/tags?q=" + WebClient.enc("few shot"));
    assertThat(fewShot.path("tags").findValuesAsText("name")).containsExactly("few-shot learning");
  }

  @Test
  void everyDocumentedPathRefusesMethodsItDoesNotServeWithTheDocumented405() throws Exception {
    JsonNode doc = ok("/api/v1/openapi.json");
    List<String> errors = new ArrayList<>();
    doc.at("/components/schemas/Error/properties/error/enum").forEach(e -> errors.add(e.asText()));
    assertThat(errors).contains("method_not_allowed");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    for (String path : paths) {
      JsonNode refused = doc.path("paths").path(path).path("get").path("responses").path("405");
      assertThat(refused.path("$ref").asText()).as(path).isNotEmpty();
      JsonNode documented = doc.at(refused.path("$ref").asText().substring(1));
      assertThat(documented.at("/headers/Allow").isObject()).as(path).isTrue();
      String concrete =
          path.replace("{id}", "p01").replace("{name}", "Ada%20Lovelace").replace("{sid}", "x");
      // PATCH: no path serves it (some write with POST, PUT or DELETE).
      HttpResponse<String> response = harness.client.send("PATCH", concrete);
      assertThat(response.statusCode()).as(path).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow").orElseThrow())
          .as(path)
          .startsWith("GET, HEAD");
      assertThat(json(response).path("error").asText()).isEqualTo("method_not_allowed");
    }
  }

  @Test
  void authorListsExactlyTheirPapers() throws Exception {
    JsonNode author = ok("/api/v1/authors/" + SearchLinks.pathSegment("Ada Lovelace"));
    assertThat(author.path("total").asInt()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    author.path("papers").forEach(p -> assertThat(p.path("id").asText()).isNotEqualTo("span1"));
    // "John Ada" spans two authors of span1; the phrase matches it, the name check must not.
    assertError("/api/v1/authors/" + SearchLinks.pathSegment("John Ada"), 404, "not_found", null);
  }

  @Test
  void authorGathersSpellingsUnderTheMostUsedOne() throws Exception {
    JsonNode le = ok("/api/v1/authors/Quoc%20Le");
    assertThat(le.path("name").asText()).isEqualTo(TestCorpus.LE);
    assertThat(le.path("variants")).hasSize(1);
    assertThat(le.path("variants").get(0).asText()).isEqualTo("Quoc Le");
    assertThat(le.path("total").asInt()).isEqualTo(3);
    JsonNode scholkopf = ok("/api/v1/authors/Bernhard%20Scholkopf");
    assertThat(scholkopf.path("name").asText()).isEqualTo(TestCorpus.SCHOLKOPF);
    assertThat(scholkopf.path("variants").get(0).asText()).isEqualTo("Bernhard Scholkopf");
    assertThat(scholkopf.path("papers").get(0).path("id").asText()).isEqualTo("bs3");
    assertThat(ok("/api/v1/authors/Ada%20Lovelace").path("variants")).isEmpty();
  }

  @Test
  void openApiDocumentDescribesEveryEndpoint() throws Exception {
    JsonNode doc = ok("/api/v1/openapi.json");
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/v1/search",
            "/api/v1/papers/{id}",
            "/api/v1/papers/{id}/similar",
            "/api/v1/tags",
            "/api/v1/authors/{name}",
            "/api/v1/concepts",
            "/api/v1/concepts/{name}");
    JsonNode limit = doc.at("/paths/~1api~1v1~1search/get/parameters/4/schema/maximum");
    assertThat(limit.asInt()).isEqualTo(WebLimits.DEFAULTS.maxPageSize());
    JsonNode more = doc.at("/paths/~1api~1v1~1search/get/parameters/5");
    assertThat(more.path("name").asText()).isEqualTo("more");
    List<String> dimensions = new ArrayList<>();
    more.at("/schema/enum").forEach(d -> dimensions.add(d.asText()));
    assertThat(dimensions).containsExactly("venue", "year", "decision", "tag", "author");
    JsonNode mode = doc.at("/paths/~1api~1v1~1search/get/parameters/6");
    assertThat(mode.path("name").asText()).isEqualTo("mode");
    List<String> modes = new ArrayList<>();
    mode.at("/schema/enum").forEach(m -> modes.add(m.asText()));
    assertThat(modes).containsExactly("auto", "keyword", "semantic", "hybrid");
    assertThat(doc.at("/components/schemas/SearchResult/required").toString()).contains("\"mode\"");
    JsonNode limit1 = doc.at("/paths/~1api~1v1~1papers~1{id}~1similar/get/parameters/1/schema");
    assertThat(limit1.path("minimum").asInt()).isEqualTo(1);
    assertThat(limit1.path("maximum").asInt()).isEqualTo(SimilarPapers.MAX_LIMIT);
    assertThat(limit1.path("default").asInt()).isEqualTo(SimilarPapers.DEFAULT_LIMIT);
    assertThat(doc.at("/components/schemas/SearchResult/properties").fieldNames())
        .toIterable()
        .contains("notes", "suggestion", "paperId");
    assertThat(doc.at("/components/schemas/Author/properties/variants").isObject()).isTrue();
  }
}
