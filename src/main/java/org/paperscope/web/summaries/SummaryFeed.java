package org.paperscope.web.summaries;

import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryMarkdown;
import org.paperscope.web.export.AtomFeed;

/**
 * New community summaries as an Atom feed, newest first: each entry names the paper and the author,
 * carries the summary's language ({@code xml:lang}) and its rendered, sanitised HTML.
 */
final class SummaryFeed {
  private SummaryFeed() {}

  /** A summary and its paper's title. */
  record Entry(Summary summary, String paperTitle) {}

  static String write(String title, String baseUrl, List<Entry> entries) throws IOException {
    return AtomFeed.document(
        xml -> {
          AtomFeed.element(xml, "id", baseUrl + "/summaries/feed.atom");
          AtomFeed.element(xml, "title", title);
          String updated =
              entries.isEmpty()
                  ? "1970-01-01T00:00:00Z"
                  : entries.get(0).summary().updated().toString();
          AtomFeed.element(xml, "updated", updated);
          AtomFeed.link(xml, "self", baseUrl + "/summaries/feed.atom", "application/atom+xml");
          AtomFeed.element(xml, "generator", "PaperScope");
          for (Entry entry : entries) {
            entry(xml, entry, baseUrl);
          }
        });
  }

  private static void entry(XMLStreamWriter xml, Entry entry, String baseUrl)
      throws XMLStreamException {
    Summary s = entry.summary();
    String url = baseUrl + SummaryLinks.summary(s.id());
    xml.writeStartElement("entry");
    xml.writeAttribute("xml:lang", s.language());
    AtomFeed.element(xml, "id", url);
    AtomFeed.element(xml, "title", "Summary of “" + entry.paperTitle() + "”");
    AtomFeed.element(xml, "published", s.created().toString());
    AtomFeed.element(xml, "updated", s.updated().toString());
    xml.writeStartElement("author");
    AtomFeed.element(xml, "name", s.authorName());
    xml.writeEndElement();
    AtomFeed.link(xml, "alternate", url, "text/html");
    AtomFeed.link(xml, "related", baseUrl + SummaryLinks.paper(s.paperId()), "text/html");
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(SummaryMarkdown.toHtml(s.markdown()));
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
