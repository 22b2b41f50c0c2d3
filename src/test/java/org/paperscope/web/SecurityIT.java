package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.PaperJson;

/** Hostile paper data never becomes markup, and every answer carries the security headers. */
class SecurityIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

  /**
   * No hostile element appears, and no tag carries an event-handler attribute: a quote in the data
   * may show as text, but must never close an attribute.
   */
  private static void assertNoHostileMarkup(String body) {
    assertThat(body)
        .doesNotContain("<script>alert")
        .doesNotContain("<script>tag")
        .doesNotContain("<b>Mallory")
        .doesNotContain("<img src=x")
        .doesNotContain("javascript:alert");
    assertThat(HtmlTags.attributeNames(body))
        .noneMatch(name -> name.startsWith("on"))
        .doesNotContain("alert(1)\"", "x");
  }

  @Test
  void hostileTitlesAndAbstractsAreEscapedInPages() throws Exception {
    for (String path :
        List.of(
            "/search?q=attention",
            "/papers/hostile1",
            "/tags",
            "/authors/%3Cb%3EMallory%3C/b%3E",
            "/")) {
      HttpResponse<String> response = harness.client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertNoHostileMarkup(response.body());
    }
    String results = harness.client.get("/search?q=attention").body();
    assertThat(results)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Attention")
        .contains("\"onmouseover=\"alert(1)\" x=\" an abstract about <mark>attention</mark>");
  }

  @Test
  void hostileQueriesAreEscapedWhereTheyAreEchoed() throws Exception {
    String q = "\"><script>alert(5)</script>";
    String body = harness.client.get("/search?q=" + WebClient.enc(q)).body();
    assertThat(body).doesNotContain("<script>alert(5)").doesNotContain("\"><script>");
    String tags = harness.client.get("/tags?q=" + WebClient.enc(q)).body();
    assertThat(tags)
        .doesNotContain("<script>alert(5)")
        .doesNotContain("\"><script>")
        .contains("&lt;script&gt;alert(5)");
    String notFound = harness.client.get("/%3Cscript%3Ealert(6)%3C/script%3E").body();
    assertThat(notFound).doesNotContain("<script>alert(6)");
  }

  @Test
  void javascriptLinksFromDataAreDropped() throws Exception {
    String html = harness.client.get("/papers/hostile1").body();
    assertThat(html)
        .doesNotContain("javascript:")
        .contains("href=\"https://openreview.net/forum?id=hostile1\"");
  }

  @Test
  void feedsAndExportsEscapeHostileData() throws Exception {
    String atom = harness.client.get("/search.atom?q=attention").body();
    assertThat(atom).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(atom).doesNotContain("<script>", "<b>Mallory", "<img src=x");
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new java.io.ByteArrayInputStream(
                atom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String bib = harness.client.get("/search.bib?q=attention").body();
    assertThat(bib) // LaTeX text, served as application/x-bibtex: no HTML to run
        .contains("\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{}");
    assertThat(harness.client.get("/search.bib?q=attention").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-bibtex"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "/",
            "/search?q=x",
            "/papers/p00",
            "/api/v1/search?q=x",
            "/nope",
            "/static/app.css",
            "/api/v1/search?limit=-1")) {
      HttpResponse<String> response = harness.client.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(HttpErrors.CONTENT_SECURITY_POLICY);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      assertThat(response.headers().firstValue("X-Request-Id")).as(path).isPresent();
    }
  }

  /**
   * Requests Jetty refuses before any route sees them: a bad URI (400), a request line over the
   * header limit (414) and headers over it (431), to pages and to the API.
   */
  private static Map<String, String> jettyRefusals(String path) {
    String big = "a".repeat(40 * 1024);
    return Map.of(
        "GET " + path + "%zz HTTP/1.1\r\nHost: localhost", "400",
        "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nBad Name: x", "400 header",
        "GET " + path + "?q=" + big + " HTTP/1.1\r\nHost: localhost", "414",
        "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big, "431");
  }

  @Test
  void jettysOwnRefusalsCarryTheSecurityHeadersInUtf8() throws Exception {
    for (String path : List.of("/search", "/api/v1/search")) {
      for (Map.Entry<String, String> refusal : jettyRefusals(path).entrySet()) {
        WebClient.RawResponse response = harness.client.raw(refusal.getKey());
        String as = refusal.getValue() + " " + path;
        assertThat(response.status())
            .as(as)
            .isEqualTo(Integer.parseInt(refusal.getValue().substring(0, 3)));
        assertThat(response.headers())
            .as(as)
            .containsEntry("content-security-policy", HttpErrors.CONTENT_SECURITY_POLICY)
            .containsEntry("x-content-type-options", "nosniff")
            .containsEntry("x-frame-options", "DENY")
            .containsKey("referrer-policy");
        String type = response.headers().getOrDefault("content-type", "").replace(" ", "");
        // Jetty's parser refuses a malformed or over-long URI before it has a path or any header
        // (the request it hands on says /badMessage), so that refusal cannot know it was meant
        // for the API: it gets the page.
        boolean uriRefused =
            refusal.getKey().startsWith("GET " + path + "%") || refusal.getValue().equals("414");
        if (path.startsWith("/api/") && !uriRefused) {
          assertThat(type).as(as).isEqualTo("application/json;charset=utf-8");
          JsonNode body = PaperJson.mapper().readTree(response.body());
          assertThat(body.path("error").asText()).as(as).isNotBlank();
          assertThat(body.has("field")).as(as).isTrue();
          assertThat(body.path("message").asText()).as(as).isNotBlank();
        } else {
          assertThat(type).as(as).isEqualTo("text/html;charset=utf-8");
          assertThat(response.body()).as(as).contains(refusal.getValue().substring(0, 3), "<main");
        }
      }
    }
  }

  @Test
  void pagesHaveNoInlineScriptOrStyle() throws Exception {
    for (String path :
        List.of(
            "/",
            "/search?q=learning",
            "/papers/p00",
            "/tags",
            "/authors/Ada%20Lovelace",
            "/api",
            "/nope")) {
      String html = harness.client.get(path).body();
      assertThat(html)
          .as(path)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContain("<style")
          .doesNotContain(" style=");
      assertThat(HtmlTags.attributeNames(html))
          .as(path)
          .noneMatch(name -> name.startsWith("on"))
          .doesNotContain("style");
    }
  }
}
