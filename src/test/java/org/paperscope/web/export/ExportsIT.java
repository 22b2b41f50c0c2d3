package org.paperscope.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.export.ResultCsv;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;
import org.paperscope.web.WebClient;
import org.paperscope.web.WebLimits;
import org.w3c.dom.Document;

class ExportsIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

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
    assertThat(csv.lines().findFirst())
        .hasValue(
            String.join(",", ResultCsv.COLUMNS) + "," + String.join(",", ResultCsv.EXTRA_COLUMNS));
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
  void jsonSaysWhenItHoldsPartOfTheMatchSetAndLinksTheNextPage() throws Exception {
    HttpResponse<String> response = get("/search.json?q=learning&limit=12&sort=year");
    JsonNode json = PaperJson.mapper().readTree(response.body());
    assertThat(json.path("returned").asInt()).isEqualTo(12);
    assertThat(json.path("offset").asInt()).isZero();
    assertThat(json.path("truncated").asBoolean()).isTrue();
    String next = harness.client.base() + "/search.json?q=learning&limit=12&sort=year&offset=12";
    assertThat(json.path("next").asText()).isEqualTo(next);
    assertThat(json.path("note").asText()).contains("papers 1 to 12 of 30", "paperscope export");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("30");
    assertThat(response.headers().firstValue("X-Truncated")).hasValue("true");
    assertThat(response.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"papers-1-12-of-30.json\"");

    JsonNode whole = PaperJson.mapper().readTree(get("/search.json?q=learning").body());
    assertThat(whole.path("truncated").asBoolean()).isFalse();
    assertThat(whole.path("returned").asInt()).isEqualTo(30);
    assertThat(whole.path("next").isNull()).isTrue();
    assertThat(whole.path("note").isNull()).isTrue();
  }

  @Test
  void followingNextLinksGivesEveryPaperOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    String url = harness.client.base() + "/search.json?q=learning&limit=7&sort=rating";
    int pages = 0;
    while (url != null) {
      HttpResponse<String> response = get(url.substring(harness.client.base().length()));
      JsonNode json = PaperJson.mapper().readTree(response.body());
      json.path("papers").forEach(p -> ids.add(p.path("id").asText()));
      url =
          response
              .headers()
              .firstValue("Link")
              .map(l -> l.replaceAll("^<(.*)>.*$", "$1"))
              .orElse(null);
      assertThat(url == null ? "" : url).isEqualTo(json.path("next").asText(""));
      pages++;
    }
    assertThat(pages).isEqualTo(5);
    assertThat(ids).hasSize(TestCorpus.LEARNING_PAPERS).doesNotHaveDuplicates();
    HttpResponse<String> last = get("/search.csv?q=learning&limit=7&offset=28");
    assertThat(last.headers().firstValue("Link")).isEmpty();
    assertThat(last.headers().firstValue("X-Truncated")).hasValue("false");
    assertThat(last.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"papers-29-30-of-30.csv\"");
  }

  @Test
  void everyFormatSaysItIsTruncated() throws Exception {
    for (String format : List.of("bib", "ris", "csv", "json", "atom")) {
      HttpResponse<String> response = get("/search." + format + "?q=learning&limit=3");
      assertThat(response.headers().firstValue("X-Total-Count")).as(format).hasValue("30");
      assertThat(response.headers().firstValue("X-Truncated")).as(format).hasValue("true");
      assertThat(response.headers().firstValue("Link"))
          .as(format)
          .hasValue(
              "<"
                  + harness.client.base()
                  + "/search."
                  + format
                  + "?q=learning&limit=3&offset=3>; rel=\"next\"");
    }
    String bib = get("/search.bib?q=learning&limit=3").body();
    assertThat(bib)
        .startsWith("@comment{PaperScope: This export holds papers 1 to 3 of 30 matching papers;");
    assertThat(get("/search.bib?q=learning").body()).doesNotContain("@comment");
  }

  @Test
  void risHasOneRecordPerPaperWithCrlfEnds() throws Exception {
    HttpResponse<String> response =
        get("/search.ris?q=learning&filter=" + WebClient.enc("venue:\"ICLR\""));
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-research-info-systems");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"papers.ris\"");
    String ris = response.body();
    assertThat(ris.split("ER  - \r\n", -1)).hasSize(TestCorpus.ICLR_LEARNING + 1);
    assertThat(ris.split("TY  - CPAPER\r\n", -1)).hasSize(TestCorpus.ICLR_LEARNING + 1);
    assertThat(ris)
        .contains("T2  - International Conference on Learning Representations (ICLR 2018)");
  }

  @Test
  void csvForExcelStartsWithAByteOrderMark() throws Exception {
    assertThat(get("/search.csv?q=learning&bom=1").body()).startsWith("\uFEFFid,title,");
    assertThat(get("/search.csv?q=learning").body()).startsWith("id,title,");
    HttpResponse<String> bad = harness.client.get("/search.csv?q=learning&bom=yes");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(PaperJson.mapper().readTree(bad.body()).path("field").asText()).isEqualTo("bom");
  }

  @Test
  void exportsCiteTheCanonicalLinkNeverThisServer() throws Exception {
    String bib = get("/search.bib?q=learning").body();
    assertThat(bib).contains("url = {https://example.org/pdf/0.pdf}").doesNotContain("127.0.0.1");
    String csv = get("/search.csv?q=learning").body();
    assertThat(csv).doesNotContain("127.0.0.1");
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
  void atomFeedCountsTheWholeSetAndLinksTheNextPage() throws Exception {
    String xml = get("/search.atom?q=learning&limit=7").body();
    assertThat(xml)
        .contains("<opensearch:totalResults>30</opensearch:totalResults>")
        .contains("<opensearch:startIndex>1</opensearch:startIndex>")
        .contains("rel=\"next\"")
        .contains("/search.atom?q=learning&amp;limit=7&amp;offset=7");
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

  @Test
  void openApiDescribesEveryExportAndItsPaging() throws Exception {
    JsonNode doc = PaperJson.mapper().readTree(get("/api/v1/openapi.json").body());
    for (String path :
        List.of(
            "/search.bib",
            "/search.ris",
            "/search.csv",
            "/search.json",
            "/search.atom",
            "/papers/{id}.bib",
            "/papers/{id}.ris")) {
      assertThat(doc.path("paths").has(path)).as(path).isTrue();
    }
    assertThat(
            doc.at("/paths/~1search.ris/get/responses/200/content")
                .has("application/x-research-info-systems"))
        .isTrue();
    assertThat(doc.at("/components/parameters/exportLimit/schema/maximum").asInt())
        .isEqualTo(WebLimits.DEFAULTS.maxExportSize());
    assertThat(doc.at("/components/schemas/Export/required").toString())
        .contains("\"truncated\"", "\"next\"", "\"returned\"");
  }
}
