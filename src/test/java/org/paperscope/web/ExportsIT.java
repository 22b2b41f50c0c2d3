package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.PaperJson;
import org.w3c.dom.Document;

class ExportsIT {
  @TempDir static Path data;
  static ServerHarness harness;

  @BeforeAll
  static void start() throws Exception {
    harness = ServerHarness.start(data);
  }

  @AfterAll
  static void stop() throws Exception {
    harness.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response;
  }

  @Test
  void bibTexHasOneEntryPerMatchingPaper() throws Exception {
    HttpResponse<String> response =
        get("/search.bib?q=learning&filter=" + WebClient.enc("venue:\"ICLR\""));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"papers.bib\"");
    assertThat(response.body().split("@inproceedings\\{", -1))
        .hasSize(TestCorpus.ICLR_LEARNING + 1);
  }

  @Test
  void csvHasAHeaderAndOneRowPerPaper() throws Exception {
    String csv = get("/search.csv?q=learning&sort=year").body();
    assertThat(csv.lines().findFirst()).hasValue(String.join(",", ResultCsv.COLUMNS));
    assertThat(csv.lines().count()).isEqualTo(TestCorpus.LEARNING_PAPERS + 1);
  }

  @Test
  void jsonHasTheTotalAndFullPapers() throws Exception {
    JsonNode json = PaperJson.mapper().readTree(get("/search.json?q=learning&limit=5").body());
    assertThat(json.path("total").asInt()).isEqualTo(TestCorpus.LEARNING_PAPERS);
    assertThat(json.path("papers")).hasSize(5);
    assertThat(json.path("papers").get(0).has("abstract")).isTrue();
  }

  @Test
  void atomFeedIsWellFormedWithOneEntryPerHit() throws Exception {
    HttpResponse<String> response = get("/search.atom?q=learning&limit=7");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    Document feed =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.getElementsByTagName("entry").getLength()).isEqualTo(7);
    assertThat(feed.getElementsByTagName("id").item(1).getTextContent())
        .startsWith(harness.client.base() + "/papers/");
  }

  @Test
  void atomFeedListsNewestFirstUnlessASortIsGiven() throws Exception {
    List<String> newest = published("/search.atom?q=learning&limit=50");
    assertThat(newest).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(newest.get(0)).isNotEqualTo(newest.get(newest.size() - 1));
    List<String> byRelevance = published("/search.atom?q=learning&limit=50&sort=relevance");
    assertThat(byRelevance).containsExactlyInAnyOrderElementsOf(newest).isNotEqualTo(newest);
  }

  private List<String> published(String path) throws Exception {
    Document feed =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(get(path).body().getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < feed.getElementsByTagName("published").getLength(); i++) {
      out.add(feed.getElementsByTagName("published").item(i).getTextContent());
    }
    return out;
  }

  @Test
  void exportSizeIsCapped() throws Exception {
    HttpResponse<String> response =
        harness.client.get(
            "/search.csv?q=learning&limit=" + (WebLimits.DEFAULTS.maxExportSize() + 1));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(PaperJson.mapper().readTree(response.body()).path("field").asText())
        .isEqualTo("limit");
  }

  @Test
  void malformedExportQueryIsAJsonError() throws Exception {
    HttpResponse<String> response = harness.client.get("/search.bib?q=" + WebClient.enc("(a"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(PaperJson.mapper().readTree(response.body()).path("field").asText()).isEqualTo("q");
  }
}
