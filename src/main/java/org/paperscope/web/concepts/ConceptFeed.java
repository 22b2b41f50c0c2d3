package org.paperscope.web.concepts;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.web.export.AtomFeed;

/**
 * "If you did not already know": the concept of each of the last days as an Atom feed, newest
 * first, each entry answering "What is X?" with the defining paper's TL;DR (the author's, else the
 * Auto-TLDR) or abstract. The same days give the same feed.
 */
final class ConceptFeed {
  /** Days the feed covers. */
  static final int DAYS = 30;

  private ConceptFeed() {}

  static String write(
      String title,
      String baseUrl,
      List<Map.Entry<LocalDate, GlossaryEntry>> days,
      PaperSearch searcher)
      throws IOException {
    return AtomFeed.document(
        xml -> {
          AtomFeed.element(xml, "id", baseUrl + "/concepts/feed.atom");
          AtomFeed.element(xml, "title", title);
          String updated =
              days.isEmpty() ? LocalDate.EPOCH.toString() : days.get(0).getKey().toString();
          AtomFeed.element(xml, "updated", updated + "T00:00:00Z");
          AtomFeed.link(xml, "self", baseUrl + "/concepts/feed.atom", "application/atom+xml");
          AtomFeed.link(xml, "alternate", baseUrl + "/concepts/today", "text/html");
          AtomFeed.element(xml, "generator", "PaperScope");
          for (Map.Entry<LocalDate, GlossaryEntry> day : days) {
            entry(xml, day.getKey(), day.getValue(), baseUrl, searcher);
          }
        });
  }

  private static void entry(
      XMLStreamWriter xml, LocalDate day, GlossaryEntry entry, String baseUrl, PaperSearch searcher)
      throws XMLStreamException, IOException {
    String url = baseUrl + ConceptLinks.href(entry);
    String when = day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    xml.writeStartElement("entry");
    AtomFeed.element(xml, "id", url + "#" + day);
    AtomFeed.element(xml, "title", "What is " + LatexText.toUnicode(entry.name()) + "?");
    AtomFeed.element(xml, "updated", when);
    AtomFeed.element(xml, "published", when);
    AtomFeed.link(xml, "alternate", url, "text/html");
    Optional<Paper> paper = searcher.paper(entry.definedBy());
    if (paper.isPresent()) {
      Paper p = paper.get();
      String auto = searcher.autoTldr(p.id()).orElse(null);
      String summary = AtomFeed.summary(p, auto);
      String from =
          "Introduced by “" + p.title() + "”" + (p.year() == null ? "" : " (" + p.year() + ")");
      AtomFeed.element(
          xml, "summary", LatexText.toUnicode(summary == null ? from : from + ". " + summary));
    }
    xml.writeEndElement();
  }
}
