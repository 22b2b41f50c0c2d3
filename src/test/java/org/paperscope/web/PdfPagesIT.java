package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.search.SearchLinks;

/**
 * Papers ingested from real PDFs: full-text passages with page and section, sections, thumbnails.
 */
@ExtendWith(SharedData.class)
class PdfPagesIT {
  @RegisterExtension
  static final ServerHarness harness =
      ServerHarness.over(
          data -> {
            TestCorpus.write(data);
            PdfCorpus.ingest(data, PdfCorpus.FILES);
          });

  static String transformer;

  @BeforeAll
  static void findTransformer() throws Exception {
    JsonNode hits =
        api("/api/v1/search?q=" + WebClient.enc("title:\"attention is all you need\""))
            .path("hits");
    assertThat(hits).hasSize(1);
    transformer = hits.get(0).path("id").asText();
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return PaperJson.mapper().readTree(response.body());
  }

  @Test
  void fullTextPassagesCarryPageAndSection() throws Exception {
    String q = WebClient.enc("text:\"scaled dot-product attention\"");
    JsonNode snippet =
        api("/api/v1/search?q=" + q).path("hits").get(0).path("snippets").findValue("page");
    assertThat(snippet).isNotNull();
    assertThat(snippet.asInt()).isPositive();
    String html = harness.client.get("/search?q=" + q).body();
    assertThat(html)
        .containsPattern("Full text<span class=\"location\"> · p\\. \\d+")
        .contains("<mark>Scaled Dot-Product Attention</mark>");
  }

  @Test
  void paperPageListsSectionsAndShowsTheThumbnail() throws Exception {
    String html = harness.client.get(SearchLinks.paper(transformer)).body();
    assertThat(html).contains("<h2 id=\"sections-heading\">Sections</h2>").contains("Attention");
    assertThat(html)
        .contains(
            "<img class=\"thumbnail\" src=\""
                + SearchLinks.paper(transformer)
                + "/thumbnail.png\"");
    assertThat(html).containsPattern("<dt>Pages</dt><dd>\\d+</dd>");
    HttpResponse<byte[]> png =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            harness.client.base()
                                + SearchLinks.paper(transformer)
                                + "/thumbnail.png"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void paperWithoutPdfHasNoThumbnail() throws Exception {
    assertThat(harness.client.get("/papers/p00").body())
        .doesNotContain("thumbnail")
        .doesNotContain("Sections");
    assertThat(harness.client.get("/papers/p00/thumbnail.png").statusCode()).isEqualTo(404);
  }

  @Test
  void sectionsLinkToTheReadingRoomWhichShowsTheWholeText() throws Exception {
    String page = harness.client.get(SearchLinks.paper(transformer)).body();
    String reading = SearchLinks.paper(transformer) + "/text";
    assertThat(page)
        .contains("<a href=\"" + reading + "\">Read the full text</a>")
        .containsPattern(
            "<a class=\"section-name\" href=\"" + reading + "#s-\\d+\">1 Introduction</a>");

    HttpResponse<String> text = harness.client.get(reading);
    assertThat(text.statusCode()).isEqualTo(200);
    String html = text.body();
    assertThat(html)
        .containsPattern("<h2 id=\"s-\\d+\">3.2.1 Scaled Dot-Product Attention</h2>")
        .contains("<p class=\"page-mark\" id=\"p-4\">p. 4</p>")
        .contains("We call our particular attention")
        .containsPattern("<p class=\"reference\">\\[\\d+\\] [^<]*Layer normalization");
    // Every link of the contents reaches a heading of the text.
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("href=\"#(s-\\d+)\"").matcher(html);
    int links = 0;
    while (link.find()) {
      assertThat(html).contains("<h2 id=\"" + link.group(1) + "\">");
      links++;
    }
    assertThat(links).isGreaterThan(10);
  }

  @Test
  void theApiGivesTheReadingRoomsTextAsJson() throws Exception {
    JsonNode text = api("/api/v1/papers/" + WebClient.enc(transformer) + "/text");
    assertThat(text.path("id").asText()).isEqualTo(transformer);
    assertThat(text.path("pages").asInt()).isEqualTo(15);
    assertThat(text.path("sections").findValuesAsText("name")).contains("1 Introduction");
    assertThat(text.path("sections").get(0).path("anchor").asText()).isEqualTo("s-1");
    assertThat(text.path("body").asText()).contains("Scaled Dot-Product Attention");
    assertThat(text.path("references").get(0).asText()).startsWith("[1] ");
    assertThat(harness.client.get("/api/v1/papers/p00/text").statusCode()).isEqualTo(404);
  }

  @Test
  void aPaperWithoutExtractedTextHasNoReadingRoom() throws Exception {
    assertThat(harness.client.get("/papers/p00/text").statusCode()).isEqualTo(404);
    assertThat(harness.client.get("/papers/no-such-paper/text").statusCode()).isEqualTo(404);
  }

  @Test
  void refsQueriesShowTheCitingReferenceEntry() throws Exception {
    JsonNode hits =
        api("/api/v1/search?q=" + WebClient.enc("refs:\"layer normalization\"")).path("hits");
    assertThat(hits.findValuesAsText("id")).contains(transformer);
    JsonNode refs = null;
    for (JsonNode snippet : hits.get(0).path("snippets")) {
      if (snippet.path("field").asText().equals("refs")) {
        refs = snippet;
      }
    }
    assertThat(refs).as(hits.toString()).isNotNull();
    assertThat(refs.path("text").asText()).startsWith("[").contains("Layer normalization");
    assertThat(hits.get(0).path("snippets").findValuesAsText("field")).doesNotContain("text");
  }
}
