package org.paperscope.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {
  @Test
  void feedIsWellFormedEvenWithControlCharactersAndMarkup() throws Exception {
    Paper p =
        Paper.builder("p1", "Bad \u0001 title <b>bold</b>")
            .authors(List.of("A & B"))
            .tldr("tl\u0000dr")
            .year(2019)
            .keywords(List.of("x\"y"))
            .build();
    String xml =
        AtomFeed.write(
            "PaperScope: q",
            "http://h/search.atom?q=q",
            "http://h/search?q=q",
            "http://h",
            Instant.parse("2020-01-02T03:04:05.678Z"),
            List.of(p),
            new ExportPage(1, 0, 1, null, 10_000));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isNull(); // not namespace-aware parsing
    assertThat(doc.getElementsByTagName("entry").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("title").item(1).getTextContent())
        .isEqualTo("Bad  title <b>bold</b>");
    assertThat(doc.getElementsByTagName("updated").item(0).getTextContent())
        .isEqualTo("2020-01-02T03:04:05Z");
    Element entry = (Element) doc.getElementsByTagName("entry").item(0);
    String published = entry.getElementsByTagName("published").item(0).getTextContent();
    assertThat(published).isEqualTo(p.year() + "-01-01T00:00:00Z");
    assertThat(entry.getElementsByTagName("updated").item(0).getTextContent()).isEqualTo(published);
    assertThat(doc.getElementsByTagName("summary").item(0).getTextContent())
        .isEqualTo("TL;DR (author): tldr");
    assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" ");
  }

  @Test
  void partialFeedLinksTheNextPageAndCountsTheWholeSet() throws Exception {
    String next = "http://h/search.atom?q=q&offset=1";
    String xml =
        AtomFeed.write(
            "PaperScope: q",
            "http://h/search.atom?q=q",
            "http://h/search?q=q",
            "http://h",
            Instant.parse("2020-01-02T03:04:05Z"),
            List.of(Paper.builder("p1", "One").build()),
            new ExportPage(7, 0, 1, next, 10_000));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("opensearch:totalResults").item(0).getTextContent())
        .isEqualTo("7");
    assertThat(doc.getElementsByTagName("opensearch:startIndex").item(0).getTextContent())
        .isEqualTo("1");
    assertThat(xml)
        .contains(
            "<link rel=\"next\" type=\"application/atom+xml\" href=\""
                + next.replace("&", "&amp;")
                + "\"");
  }

  @Test
  void entryTitlesAndSummariesAreUnicodeAndCategoriesKeepTheStoredTag() throws Exception {
    Paper p =
        Paper.builder("p1", "Adam$^+$: $\\tilde{O}(\\sqrt{T})$ regret")
            .tldr("Memory cut by 10$\\times$.")
            .keywords(List.of("$k$-means"))
            .build();
    String xml =
        AtomFeed.write(
            "PaperScope: q",
            "http://h/search.atom?q=q",
            "http://h/search?q=q",
            "http://h",
            Instant.parse("2020-01-02T03:04:05Z"),
            List.of(p),
            new ExportPage(1, 0, 1, null, 10_000));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("title").item(1).getTextContent())
        .isEqualTo("Adam⁺: Õ(√T) regret");
    assertThat(doc.getElementsByTagName("summary").item(0).getTextContent())
        .isEqualTo("TL;DR (author): Memory cut by 10×.");
    assertThat(((Element) doc.getElementsByTagName("category").item(0)).getAttribute("term"))
        .isEqualTo("$k$-means");
  }
}
