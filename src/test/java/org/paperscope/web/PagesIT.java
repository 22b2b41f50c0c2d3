package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.browse.HomePage;
import org.paperscope.web.browse.TagsPage;
import org.paperscope.web.search.SearchLinks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PagesIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

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
        .contains(TestCorpus.papers().size() + " papers")
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
  void withoutEmbeddingsNoModeControlNorSimilarLinkIsShownAndThePagesSaySo() throws Exception {
    assertThat(page("/search?q=learning", 200))
        .doesNotContain("class=\"sort modes\"", "similar-link", "note-mode");
    assertThat(page("/search?q=learning&mode=semantic", 200))
        .contains(
            "<p class=\"note note-mode\" role=\"status\">Search by meaning is not available yet:");
    assertThat(page("/papers/p01", 200))
        .contains("<section class=\"paper-similar\" id=\"similar\"")
        .contains(
            "Similar papers appear here once papers are embedded for search by meaning; no paper"
                + " is yet.");
    // The home page's line is HomePageTest's: a request here would shift the seeded tag
    // suggestions that headAnswersWhatGetWouldWithoutTheBody compares.
    assertThat(page("/search?q=learning&mode=vibes", 400))
        .contains("unknown mode 'vibes'; use one of auto, keyword, semantic, hybrid");
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
        .contains(">Venue</h3>")
        .contains(">Year</h3>")
        .contains(">Tag</h3>")
        .contains(">Author</h3>");
  }

  @Test
  void facetLinkAddsAFilterWhoseCountMatchesTheFacet() throws Exception {
    String html = page("/search?q=learning", 200);
    String iclr = href(html, "ICLR");
    assertThat(iclr).contains("filter=venue%3A%22ICLR%22");
    String filtered = page(iclr, 200);
    assertThat(filtered).contains(">" + TestCorpus.ICLR_LEARNING + " results<");
    assertThat(filtered).contains("aria-label=\"Remove filter Venue: ICLR\"");
    String year = href(filtered, "2018");
    String both = page(year, 200);
    assertThat(both).contains("filter=venue%3A%22ICLR%22").contains("filter=year%3A2018");
    Matcher remove =
        Pattern.compile(
                "<a class=\"filter-chip\" href=\"([^\"]*)\" aria-label=\"Remove filter Year: 2018\"")
            .matcher(both);
    assertThat(remove.find()).isTrue();
    assertThat(page(remove.group(1).replace("&amp;", "&"), 200))
        .contains(">" + TestCorpus.ICLR_LEARNING + " results<");
  }

  /** The HTML of one facet group, e.g. {@code tag}. */
  private static String facetGroup(String html, String dimension) {
    Matcher m =
        Pattern.compile(
                "<section class=\"facet[^\"]*\" id=\"facet-" + dimension + "\".*?</section>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("facet group " + dimension).isTrue();
    return m.group();
  }

  private static int count(String html, String text) {
    return html.split(Pattern.quote(text), -1).length - 1;
  }

  @Test
  void notesAndSuggestionAreShownAboveTheHits() throws Exception {
    String html = page("/search?q=" + WebClient.enc("graphs learnnig"), 200);
    assertThat(html)
        .contains("<p class=\"note note-relaxed\" role=\"status\">No paper has all of these words")
        .contains("Did you mean: <a href=\"/search?q=graphs+learning\">graphs learning</a>?");
    assertThat(html.indexOf("role=\"status\"")).isLessThan(html.indexOf("class=\"hits\""));
    String filtered =
        page("/search?q=graphs+learnnig&sort=year&filter=" + WebClient.enc("venue:\"ICLR\""), 200);
    assertThat(href(filtered, "graphs learning"))
        .isEqualTo("/search?q=graphs+learning&filter=venue%3A%22ICLR%22&sort=year");
    assertThat(page("/search?q=" + WebClient.enc("titel:graphs"), 200))
        .contains(
            "<p class=\"note note-field\" role=\"status\">'titel:' is not a field, so it"
                + " was searched as a word; did you mean title:?</p>");
  }

  @Test
  void zeroResultsOfferHelpInsteadOfSortExportsAndPaging() throws Exception {
    String html = page("/search?q=learnnig", 200);
    assertThat(html)
        .contains(">No results<")
        .contains("Did you mean: <a href=\"/search?q=learning\">learning</a>?")
        .contains("Try fewer words, check spelling, or remove filters.")
        .doesNotContain("Remove all filters")
        .doesNotContain("aria-label=\"Sort order\"")
        .doesNotContain("Export these results")
        .doesNotContain("aria-label=\"Pages\"")
        .doesNotContain("application/atom+xml");
    String filtered = page("/search?q=learnnig&filter=" + WebClient.enc("venue:\"ICLR\""), 200);
    assertThat(href(filtered, "Remove all filters")).isEqualTo("/search?q=learnnig");
    assertThat(page("/search?q=" + WebClient.enc("qwertyuiop zxcv"), 200))
        .contains(">No results<")
        .contains("Try fewer words")
        .doesNotContain("Did you mean");
    assertThat(page("/search?q=learning", 200))
        .contains("aria-label=\"Sort order\"")
        .contains("Export these results")
        .contains("href=\"/search.ris?q=learning\">RIS</a>")
        .doesNotContain("Each file holds at most")
        .doesNotContain("Try fewer words");
  }

  @Test
  void moreListsEveryValueOfOneFacetAndFewerGoesBack() throws Exception {
    String all = page("/search?q=", 200);
    String tags = facetGroup(all, "tag");
    assertThat(count(tags, "<li>")).isEqualTo(10);
    assertThat(facetGroup(all, "venue")).doesNotContain("More…");
    String more = href(tags, "More…");
    assertThat(more).isEqualTo("/search?q=&more=tag#facet-tag");
    String expanded = page(more.substring(0, more.indexOf('#')), 200);
    String allTags = facetGroup(expanded, "tag");
    assertThat(count(allTags, "<li>")).isEqualTo(TestCorpus.TAGS);
    assertThat(allTags)
        .doesNotContain("More…")
        .contains("aria-label=\"Fewer Tag values\"")
        .contains("· " + TestCorpus.TAGS + " values");
    assertThat(href(allTags, "Fewer")).isEqualTo("/search?q=#facet-tag");
    assertThat(count(facetGroup(expanded, "author"), "<li>")).isEqualTo(10);
    assertThat(href(allTags, "causality")).contains("more=tag");
    assertThat(page("/search?q=graph&more=bogus", 400))
        .contains("This search could not run")
        .contains("unknown facet 'bogus'; use one of venue, year, decision, tag, author");
  }

  @Test
  void twoVenueFiltersShowTheUnionAsTwoChips() throws Exception {
    String iclr = "filter=" + WebClient.enc("venue:\"ICLR\"");
    String neurips = "filter=" + WebClient.enc("venue:\"NeurIPS\"");
    String one = page("/search?q=learning&" + iclr, 200);
    assertThat(one).doesNotContain("Clear all");
    String both = page(href(facetGroup(one, "venue"), "NeurIPS"), 200);
    assertThat(both).contains(">" + TestCorpus.LEARNING_PAPERS + " results<");
    assertThat(both)
        .contains("aria-label=\"Remove filter Venue: ICLR\"")
        .contains("aria-label=\"Remove filter Venue: NeurIPS\"")
        .contains("<span class=\"filter-dimension\">Venue:</span>");
    assertThat(count(facetGroup(both, "venue"), "class=\"active\"")).isEqualTo(2);
    assertThat(href(both, "Clear all")).isEqualTo("/search?q=learning");
    Matcher chip =
        Pattern.compile(
                "<a class=\"filter-chip\" href=\"([^\"]*)\" aria-label=\"Remove filter Venue: ICLR\"")
            .matcher(both);
    assertThat(chip.find()).isTrue();
    assertThat(chip.group(1).replace("&amp;", "&")).isEqualTo("/search?q=learning&" + neurips);
    assertThat(page(chip.group(1).replace("&amp;", "&"), 200))
        .contains(">" + (TestCorpus.LEARNING_PAPERS - TestCorpus.ICLR_LEARNING) + " results<");
    assertThat(page("/search?q=learning&filter=" + WebClient.enc("title:deep"), 200))
        .contains("<span class=\"filter-text\">title:deep</span>")
        .contains("aria-label=\"Remove filter title:deep\"");
  }

  @Test
  void aQueryNamingOnePaperRedirectsToItsPage() throws Exception {
    for (String q :
        List.of("arXiv:1409.3215", "https://arxiv.org/abs/1409.3215v3", TestCorpus.HOSTILE_ID)) {
      HttpResponse<String> response = harness.client.get("/search?q=" + WebClient.enc(q));
      assertThat(response.statusCode()).as(q).isEqualTo(302);
      String id = q.equals(TestCorpus.HOSTILE_ID) ? q : TestCorpus.ARXIV_ID;
      assertThat(response.headers().firstValue("Location")).as(q).hasValue("/papers/" + id);
    }
    assertThat(page("/papers/" + TestCorpus.ARXIV_ID, 200))
        .contains("Sequence to sequence models with neural networks");
    assertThat(page("/search?q=" + WebClient.enc("arXiv:9999.99999"), 200))
        .contains("class=\"note note-id\" role=\"status\"");
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
        Pattern.compile("<h2 class=\"hit-title\" dir=\"auto\"><a href=\"[^\"]*\">([^<]*)</a>")
            .matcher(html);
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
        .contains(
            "<meta name=\"citation_conference_title\" content=\"International Conference on"
                + " Learning Representations (ICLR 2018)\">")
        .contains("<meta name=\"citation_pdf_url\" content=\"https://example.org/pdf/0.pdf\">")
        .contains("href=\"/authors/Ada%20Lovelace\"")
        .contains("href=\"/search?q=tag%3A%22few-shot+learning%22\"")
        .contains("href=\"/papers/p00.bib\"")
        .contains("href=\"/papers/p00.ris\"")
        .contains("<h2 id=\"tldr-heading\">TL;DR (author)</h2>");
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
        .contains("booktitle = {International Conference on Learning Representations (ICLR 2018)}");
  }

  @Test
  void paperRisIsServed() throws Exception {
    HttpResponse<String> response = harness.client.get("/papers/p00.ris");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-research-info-systems");
    assertThat(response.body())
        .startsWith("TY  - CPAPER\r\nTI  - Deep learning method number 0\r\n")
        .endsWith("ER  - \r\n");
    String slash =
        harness
            .client
            .get("/papers/" + SearchLinks.pathSegment(TestCorpus.SLASH_ID) + ".ris")
            .body();
    assertThat(slash).startsWith("TY  - UNPB\r\n").contains("AN  - arXiv:cs/0112017\r\n");
    assertThat(harness.client.get("/papers/nope.ris").statusCode()).isEqualTo(404);
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
  void tagsPageFiltersByWordStartAndPagesKeepTheFilterAndOrder() throws Exception {
    Matcher total =
        Pattern.compile("([0-9,]+) tags, from the authors' keywords").matcher(page("/tags", 200));
    assertThat(total.find()).isTrue();
    String first = page("/tags?q=TOPIC&sort=name&limit=2", 200);
    assertThat(first)
        .contains("4 of " + total.group(1) + " tags match “TOPIC”")
        .contains(">topic 0<")
        .contains(">topic 1<")
        .doesNotContain(">topic 2<")
        .doesNotContain(">graph learning<")
        .contains("<span class=\"range\">1–2 of 4</span>")
        .contains("name=\"q\" type=\"search\" value=\"TOPIC\"")
        .contains("<input type=\"hidden\" name=\"sort\" value=\"name\">")
        .contains("<input type=\"hidden\" name=\"limit\" value=\"2\">");
    assertThat(href(first, "by count")).isEqualTo("/tags?q=TOPIC&limit=2");
    String next = href(first, "Next");
    assertThat(next).isEqualTo("/tags?q=TOPIC&sort=name&offset=2&limit=2");
    String second = page(next, 200);
    assertThat(second).contains(">topic 2<").contains(">topic 3<").doesNotContain(">topic 1<");
    assertThat(href(second, "Previous")).isEqualTo("/tags?q=TOPIC&sort=name&limit=2");
    assertThat(href(second, "Show all tags")).isEqualTo("/tags?sort=name&limit=2");
    assertThat(page("/tags?q=zebra", 200))
        .contains("None of the " + total.group(1) + " tags match “zebra”");
    page("/tags?limit=" + (TagsPage.MAX_LIMIT + 1), 400);
    page("/tags?sort=size", 400);
  }

  @Test
  void apiPageDescribesEveryOperationOfTheOpenApiDocument() throws Exception {
    String html = page("/api", 200);
    assertThat(html).contains("<a href=\"/api\">API</a>");
    assertThat(html).contains("href=\"/api/v1/openapi.json\"");
    JsonNode doc = PaperJson.mapper().readTree(harness.client.get("/api/v1/openapi.json").body());
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).hasSizeGreaterThan(4);
    for (String path : paths) {
      JsonNode get = doc.path("paths").path(path).path("get");
      Matcher section =
          Pattern.compile(
                  "<section class=\"api-operation\" id=\"get-"
                      + get.path("operationId").asText()
                      + "\".*?</section>",
                  Pattern.DOTALL)
              .matcher(html);
      assertThat(section.find()).as(path).isTrue();
      assertThat(section.group())
          .contains("<code class=\"api-path\">" + path + "</code>")
          .contains(get.path("summary").asText())
          .contains("<th scope=\"row\"><code>405</code></th>");
      for (JsonNode parameter : get.path("parameters")) {
        if (parameter.has("$ref")) {
          // "#/components/parameters/q": shared parameters are described once.
          parameter = doc.at(parameter.path("$ref").asText().substring(1));
        }
        assertThat(section.group())
            .as(path)
            .contains(
                "<th scope=\"row\"><code>" + parameter.path("name").asText() + "</code></th>");
      }
    }
    assertThat(html).contains("id=\"schema-SearchResult\"").contains("href=\"#schema-Hit\"");
    HttpResponse<String> post = harness.client.send("POST", "/api");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  void authorPageListsTheirPapers() throws Exception {
    String html = page("/authors/Ada%20Lovelace", 200);
    assertThat(html).contains("<h1>Ada Lovelace</h1>").contains("30 papers");
    page("/authors/Nobody", 404);
  }

  @Test
  void authorPageGathersEverySpellingUnderTheMostUsedOne() throws Exception {
    String le = page("/authors/Quoc%20Le", 200);
    assertThat(le)
        .contains("<h1>" + TestCorpus.LE + "</h1>")
        .contains("<title>" + TestCorpus.LE)
        .contains("Also written: <span class=\"variant\">Quoc Le</span></p>")
        .contains("3 papers");
    assertThat(hitTitles(le))
        .containsExactly(
            "Efficient scaling of convolutional networks",
            "Neural architecture search with reinforcement",
            "Sequence to sequence models with neural networks");
    String scholkopf = page("/authors/Bernhard%20Scholkopf", 200);
    assertThat(scholkopf)
        .contains("<h1>" + TestCorpus.SCHOLKOPF + "</h1>")
        .contains("Also written: <span class=\"variant\">Bernhard Scholkopf</span></p>")
        .contains("3 papers");
    assertThat(page("/authors/" + SearchLinks.pathSegment("quoc v le"), 200))
        .contains("<h1>" + TestCorpus.LE + "</h1>");
    assertThat(page("/authors/Ada%20Lovelace", 200)).doesNotContain("Also written");
  }

  @Test
  void unknownPathsGetTheNotFoundPage() throws Exception {
    assertThat(page("/no/such/page", 404)).contains("There is no page at /no/such/page.");
    assertThat(page("/papers/nope", 404)).contains("No paper with id nope.");
    assertThat(page("/static/secret.txt", 404)).contains("Not found");
  }

  /**
   * The path and query a browser on {@code from} asks for when following {@code href}: resolved
   * against it, dot segments removed.
   */
  private static String follow(String from, String href) {
    URI target = URI.create(harness.client.base() + from).resolve(href);
    return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }

  @Test
  void linksFromTheResultsPageReachOddIdsAndAuthorNames() throws Exception {
    String search = "/search?q=" + TestCorpus.ODD_WORD;
    String results = page(search, 200);
    for (String title : List.of("Identifiers that break naive links", "Dot segments in")) {
      String paperPath = follow(search, href(results, title));
      String paper = page(paperPath, 200);
      assertThat(paper).contains("<h1 dir=\"auto\">" + title);
      for (String html : List.of(results, paper)) {
        String from = html == results ? search : paperPath;
        String ann = page(follow(from, href(html, "O/Brien")), 200);
        assertThat(ann).contains("Ann &#34;Q&#34; O/Brien").contains(title);
      }
      assertThat(harness.client.get(follow(paperPath, href(paper, "BibTeX"))).body())
          .contains(title);
    }
    String per = page(follow(search, href(results, "Cent?")), 200);
    assertThat(per).contains(TestCorpus.ODDER_AUTHOR).contains("Identifiers that break");
  }

  @Test
  void linksFromTheFeedReachOddIds() throws Exception {
    String feed = harness.client.get("/search.atom?q=" + TestCorpus.ODD_WORD).body();
    Matcher link = Pattern.compile("<link [^>]*href=\"([^\"]*/papers/[^\"]*)\"").matcher(feed);
    List<String> titles = new ArrayList<>();
    while (link.find()) {
      URI url = URI.create(link.group(1).replace("&amp;", "&")).normalize();
      assertThat(url.toString()).startsWith(harness.client.base());
      String paper = page(url.getRawPath(), 200);
      Matcher h1 = Pattern.compile("<h1 dir=\"auto\">([^<]*)").matcher(paper);
      assertThat(h1.find()).isTrue();
      titles.add(h1.group(1));
    }
    assertThat(titles)
        .containsExactlyInAnyOrder(
            "Identifiers that break naive links", "Dot segments in identifiers");
  }

  @Test
  void headAnswersWhatGetWouldWithoutTheBody() throws Exception {
    for (String path :
        List.of(
            "/",
            "/papers/p01",
            "/papers/nope",
            "/authors/Ada%20Lovelace",
            "/search?q=learning",
            "/search.atom?q=learning",
            "/static/app.css",
            "/no/such/page")) {
      HttpResponse<String> get = harness.client.get(path);
      HttpResponse<String> head = harness.client.send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      if (!path.equals("/")) {
        // The home page draws five random tags per request: its length varies with the draw.
        assertThat(head.headers().firstValue("Content-Length"))
            .as(path)
            .isEqualTo(get.headers().firstValue("Content-Length"));
      } else {
        assertThat(head.headers().firstValue("Content-Length")).as(path).isPresent();
      }
      assertThat(head.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
      assertThat(head.body()).as(path).isEmpty();
    }
    assertThat(harness.client.send("HEAD", "/papers/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void writeMethodsOnPagesAre405WithAllow() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> response = harness.client.send(method, "/papers/p01");
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
      assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
          .isEqualTo("text/html;charset=utf-8");
      assertThat(response.body()).contains("Method not allowed");
    }
  }

  @Test
  void openSearchDescriptionLinkedFromEveryPageIsServed() throws Exception {
    assertThat(page("/", 200)).contains("href=\"/opensearch.xml\"");
    HttpResponse<String> response = harness.client.get("/opensearch.xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .isEqualTo("application/opensearchdescription+xml;charset=utf-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    String ns = "http://a9.com/-/spec/opensearch/1.1/";
    assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("OpenSearchDescription");
    assertThat(xml.getElementsByTagNameNS(ns, "ShortName").item(0).getTextContent())
        .isEqualTo("PaperScope");
    NodeList urls = xml.getElementsByTagNameNS(ns, "Url");
    Map<String, String> templates = new HashMap<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      templates.put(url.getAttribute("type"), url.getAttribute("template"));
    }
    assertThat(templates)
        .containsEntry("text/html", harness.client.base() + "/search?q={searchTerms}")
        .containsEntry(
            "application/atom+xml", harness.client.base() + "/search.atom?q={searchTerms}");
  }

  @Test
  void assetsComeFromTheJarWithTheirTypes() throws Exception {
    HttpResponse<String> css = harness.client.get("/static/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(harness.client.get("/static/app.js").headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
  }

  @Test
  void katexComesFromItsWebJarWithEveryFontItsStylesheetNames() throws Exception {
    assertThat(type("/static/math.js")).startsWith("text/javascript");
    assertThat(type("/static/katex/katex.min.js")).startsWith("text/javascript");
    HttpResponse<String> css = harness.client.get("/static/katex/katex.min.css");
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    Matcher fonts = Pattern.compile("url\\((fonts/[^)]+)\\)").matcher(css.body());
    int seen = 0;
    while (fonts.find()) {
      String font = fonts.group(1);
      String expected =
          font.endsWith(".woff2")
              ? "font/woff2"
              : font.endsWith(".woff") ? "font/woff" : "font/ttf";
      assertThat(type("/static/katex/" + font)).as(font).isEqualTo(expected);
      seen++;
    }
    assertThat(seen).isGreaterThan(20);
    assertThat(page("/static/katex/README.md", 404)).contains("Not found");
  }

  private static String type(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
