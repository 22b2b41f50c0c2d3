package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesIT {
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

  private static String page(String path, int status) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .isEqualTo("text/html;charset=utf-8");
    return response.body();
  }

  /** The href of the first link whose text contains {@code text}, HTML entities decoded. */
  private static String href(String html, String text) {
    Matcher m =
        Pattern.compile("<a [^>]*href=\"([^\"]*)\"[^>]*>[^<]*" + Pattern.quote(text)).matcher(html);
    assertThat(m.find()).as("link to " + text).isTrue();
    return m.group(1).replace("&amp;", "&").replace("&#34;", "\"");
  }

  @Test
  void homeShowsCorpusSizeFiveTagsAndVenues() throws Exception {
    String html = page("/", 200);
    assertThat(html)
        .contains("33 papers")
        .contains("How about:")
        .contains("Recent venues")
        .contains("ICLR 2020");
    Matcher chips = Pattern.compile("<a class=\"chip\" href=\"/search\\?q=tag").matcher(html);
    int n = 0;
    while (chips.find()) {
      n++;
    }
    assertThat(n).isEqualTo(HomePage.INSPIRATION_TAGS);
  }

  @Test
  void resultsShowTheExactCountFacetsAndHits() throws Exception {
    String html = page("/search?q=learning", 200);
    assertThat(html)
        .contains(">30 results<")
        .contains("<mark>learning</mark>")
        .contains("TL;DR (author)")
        .contains("No TL;DR");
    assertThat(html)
        .contains("<h3>Venue</h3>")
        .contains("<h3>Year</h3>")
        .contains("<h3>Tag</h3>")
        .contains("<h3>Author</h3>");
  }

  @Test
  void facetLinkAddsAFilterWhoseCountMatchesTheFacet() throws Exception {
    String html = page("/search?q=learning", 200);
    String iclr = href(html, "ICLR");
    assertThat(iclr).contains("filter=venue%3A%22ICLR%22");
    String filtered = page(iclr, 200);
    assertThat(filtered).contains(">" + TestCorpus.ICLR_LEARNING + " results<");
    assertThat(filtered).contains("aria-label=\"Remove filter venue:&#34;ICLR&#34;\"");
    String year = href(filtered, "2018");
    String both = page(year, 200);
    assertThat(both).contains("filter=venue%3A%22ICLR%22").contains("filter=year%3A2018");
    Matcher remove =
        Pattern.compile(
                "<a class=\"remove\" href=\"([^\"]*)\" aria-label=\"Remove filter year:2018\"")
            .matcher(both);
    assertThat(remove.find()).isTrue();
    assertThat(page(remove.group(1).replace("&amp;", "&"), 200))
        .contains(">" + TestCorpus.ICLR_LEARNING + " results<");
  }

  @Test
  void pagingMovesThroughTheResults() throws Exception {
    String first = page("/search?q=learning", 200);
    assertThat(first).contains("1–20 of 30").contains("rel=\"next\"");
    String second = page(href(first, "Next"), 200);
    assertThat(second)
        .contains("21–30 of 30")
        .contains("rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
    assertThat(hitTitles(second)).hasSize(10).doesNotContainAnyElementsOf(hitTitles(first));
  }

  private static List<String> hitTitles(String html) {
    List<String> titles = new ArrayList<>();
    Matcher m =
        Pattern.compile("<h2 class=\"hit-title\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(html);
    while (m.find()) {
      titles.add(m.group(1));
    }
    return titles;
  }

  @Test
  void malformedQueryIsAFriendlyInlineMessage() throws Exception {
    String html = page("/search?q=" + WebClient.enc("graph \"attention"), 400);
    assertThat(html)
        .contains("This search could not run")
        .contains("unclosed quote (at character 7)");
    assertThat(html)
        .contains("<mark class=\"error-at\">\"</mark>")
        .contains("value=\"graph &#34;attention\"");
    assertThat(page("/search?q=x&sort=size", 400))
        .contains("unknown sort")
        .contains("relevance, year, rating");
  }

  @Test
  void paperPageHasCitationMetaLinksAndTags() throws Exception {
    String html = page("/papers/p00", 200);
    assertThat(html)
        .contains("<meta name=\"citation_title\" content=\"Deep learning method number 0\">")
        .contains("<meta name=\"citation_author\" content=\"Ada Lovelace\">")
        .contains("<meta name=\"citation_publication_date\" content=\"2018\">")
        .contains("<meta name=\"citation_conference_title\" content=\"ICLR\">")
        .contains("<meta name=\"citation_pdf_url\" content=\"https://example.org/pdf/0.pdf\">")
        .contains("href=\"/authors/Ada%20Lovelace\"")
        .contains("href=\"/search?q=tag%3A%22few-shot+learning%22\"")
        .contains("href=\"/papers/p00.bib\"")
        .contains("TL;DR <span class=\"provenance\">(author)</span>");
    assertThat(page("/papers/p01", 200)).contains("No TL;DR for this paper yet.");
    assertThat(page("/papers/" + TestCorpus.SLASH_ID, 200))
        .contains("An old arXiv paper on kernels");
  }

  @Test
  void paperBibTexIsServed() throws Exception {
    HttpResponse<String> response = harness.client.get("/papers/p00.bib");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("@inproceedings{lovelace2018deep,")
        .contains("booktitle = {ICLR}");
  }

  @Test
  void tagsPageListsEveryTagByCountOrName() throws Exception {
    String byCount = page("/tags", 200);
    assertThat(byCount).contains("graph learning").contains(">30<");
    assertThat(byCount.indexOf("graph learning")).isLessThan(byCount.indexOf("few-shot learning"));
    String byName = page("/tags?sort=name", 200);
    assertThat(byName.indexOf("few-shot learning")).isLessThan(byName.indexOf("graph learning"));
  }

  @Test
  void authorPageListsTheirPapers() throws Exception {
    String html = page("/authors/Ada%20Lovelace", 200);
    assertThat(html).contains("<h1>Ada Lovelace</h1>").contains("30 papers");
    page("/authors/Nobody", 404);
  }

  @Test
  void unknownPathsGetTheNotFoundPage() throws Exception {
    assertThat(page("/no/such/page", 404)).contains("There is no page at /no/such/page.");
    assertThat(page("/papers/nope", 404)).contains("No paper with id nope.");
    assertThat(page("/static/secret.txt", 404)).contains("Not found");
  }

  @Test
  void assetsComeFromTheJarWithTheirTypes() throws Exception {
    HttpResponse<String> css = harness.client.get("/static/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(harness.client.get("/static/app.js").headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
  }
}
