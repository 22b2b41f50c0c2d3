package org.paperscope.web.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The glossary over a small corpus: list, "What is X?", concept of the day, feed, API, links. */
class ConceptPagesIT {
  @RegisterExtension
  static final ServerHarness harness = ServerHarness.over(dir -> TestCorpus.write(dir, corpus()));

  static List<Paper> corpus() {
    return List.of(
        paper(
            "next2020",
            2020,
            "Learning to Plan in High Dimensions",
            "We propose a meta path planning algorithm named Neural Exploration-Exploitation Trees"
                + " (NEXT) for learning from prior experience."),
        paper(
            "uses2021",
            2021,
            "Planning Revisited",
            "We compare our planner with NEXT and with FooNet on maze tasks."),
        paper(
            "foo2019",
            2019,
            "FooNet: Deep Foos",
            "We propose FooNet, a novel network for foo detection."),
        paper(
            "bar2019",
            2019,
            "Bars at Scale",
            "We introduce BarNet, a new architecture. Unlike FooNet, it is fast."),
        paper("none2018", 2018, "Plain Paper", "We study convergence of gradient descent."));
  }

  private static Paper paper(String id, int year, String title, String abstractText) {
    return Paper.builder(id, title)
        .authors(List.of("Ada Lovelace"))
        .abstractText(abstractText)
        .venue("ICLR")
        .year(year)
        .build();
  }

  @BeforeAll
  static void glossaryBuilt() throws Exception {
    // The first glossary request waits for the background build; later ones find it ready.
    assertThat(harness.client.get("/concepts").statusCode()).isEqualTo(200);
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void listShowsEveryConceptWithYearAndMentions() throws Exception {
    String html = page("/concepts");
    assertThat(html).contains("3 concepts that papers introduce");
    assertThat(html).contains("href=\"/concepts/NEXT\"", "href=\"/concepts/FooNet\"");
    assertThat(html).contains("Neural Exploration-Exploitation Trees");
    assertThat(page("/concepts?q=foo")).contains("1 of 3 concepts matches “foo”.");
    String byMentions = page("/concepts?sort=mentions");
    assertThat(byMentions.indexOf("/concepts/FooNet"))
        .isLessThan(byMentions.indexOf("/concepts/BarNet"));
    assertThat(harness.client.get("/concepts?sort=size").statusCode()).isEqualTo(400);
  }

  @Test
  void conceptPageExplainsItByTheDefiningPaper() throws Exception {
    String html = page("/concepts/next");
    assertThat(html).contains("<h1>What is NEXT?</h1>");
    assertThat(html).contains("Also called", "Neural Exploration-Exploitation Trees");
    assertThat(html).contains("Introduced in 2020 by", "Learning to Plan in High Dimensions");
    assertThat(html).contains("Mentioned by 2 papers", "Planning Revisited");
    assertThat(html).contains("/search?q=%22NEXT%22+OR+text%3A%22NEXT%22");
    assertThat(harness.client.get("/concepts/NoSuchThing").statusCode()).isEqualTo(404);
  }

  @Test
  void abstractsLinkConceptsAndPapersListWhatTheyIntroduce() throws Exception {
    String uses = page("/papers/uses2021");
    assertThat(uses).contains("<a class=\"concept-link\" href=\"/concepts/NEXT\">NEXT</a>");
    assertThat(uses).contains("<a class=\"concept-link\" href=\"/concepts/FooNet\">FooNet</a>");
    String foo = page("/papers/foo2019");
    assertThat(foo)
        .contains("Introduces", "<a class=\"chip\" href=\"/concepts/FooNet\">FooNet</a>");
    assertThat(foo).doesNotContain("concept-link\" href=\"/concepts/FooNet\"");
  }

  @Test
  void searchingForAConceptOffersItsPage() throws Exception {
    assertThat(page("/search?q=foonet"))
        .contains("<a href=\"/concepts/FooNet\">What is FooNet?</a>");
    assertThat(page("/search?q=gradient")).doesNotContain("note-concept");
  }

  @Test
  void conceptOfTheDayIsFixedForADateAndFeedListsThirtyDays() throws Exception {
    String day = page("/concepts/today?date=2026-11-30");
    assertThat(day).contains("If you did not already know · November 30, 2026");
    // The same page, but for the per-reader CSRF secret of the language chooser's form.
    assertThat(withoutCsrf(page("/concepts/today?date=2026-11-30"))).isEqualTo(withoutCsrf(day));
    assertThat(harness.client.get("/concepts/today?date=yesterday").statusCode()).isEqualTo(400);

    HttpResponse<String> feed = harness.client.get("/concepts/feed.atom?date=2026-11-30");
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(feed.body())));
    assertThat(xml.getElementsByTagName("entry").getLength()).isEqualTo(30);
    assertThat(xml.getElementsByTagName("updated").item(0).getTextContent())
        .isEqualTo("2026-11-30T00:00:00Z");
    String firstTitle =
        ((org.w3c.dom.Element) xml.getElementsByTagName("entry").item(0))
            .getElementsByTagName("title")
            .item(0)
            .getTextContent();
    assertThat(day).contains("<h1>" + firstTitle + "</h1>");
    assertThat(harness.client.get("/concepts/feed.atom?date=2026-11-30").body())
        .isEqualTo(feed.body());
  }

  @Test
  void apiListsConceptsAndGivesOneInFull() throws Exception {
    JsonNode list = PaperJson.mapper().readTree(page("/api/v1/concepts?sort=name"));
    assertThat(list.path("total").asInt()).isEqualTo(3);
    JsonNode first = list.path("concepts").get(0);
    assertThat(first.path("name").asText()).isEqualTo("BarNet");
    assertThat(first.path("definedBy").asText()).isEqualTo("bar2019");
    assertThat(first.path("year").asInt()).isEqualTo(2019);
    assertThat(first.path("mentions").asInt()).isEqualTo(1);
    assertThat(first.has("aliases")).isTrue();

    JsonNode next = PaperJson.mapper().readTree(page("/api/v1/concepts/NEXT"));
    assertThat(next.path("aliases").get(0).asText())
        .isEqualTo("Neural Exploration-Exploitation Trees");
    assertThat(next.path("mentionedBy").get(0).asText()).isEqualTo("uses2021");
    assertThat(next.path("related").get(0).asText()).isEqualTo("FooNet");
    assertThat(next.path("url").asText()).isEqualTo("/concepts/NEXT");
    assertThat(next.path("paper").path("id").asText()).isEqualTo("next2020");
    assertThat(harness.client.get("/api/v1/concepts/Nope").statusCode()).isEqualTo(404);
    assertThat(
            PaperJson.mapper()
                .readTree(page("/api/v1/concepts?limit=1&offset=1"))
                .path("concepts")
                .size())
        .isEqualTo(1);
  }

  private static String withoutCsrf(String html) {
    return html.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "name=\"csrf\"");
  }
}
