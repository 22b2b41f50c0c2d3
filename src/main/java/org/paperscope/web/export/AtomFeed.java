package org.paperscope.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.web.search.SearchLinks;

/**
 * A search as an Atom feed (RFC 4287), so a saved query becomes a subscription. Text goes through
 * an XML writer, which escapes it; characters XML 1.0 cannot carry are dropped. Entry titles and
 * summaries are plain text, so their LaTeX is written in its Unicode form; category terms keep the
 * stored tag, which a {@code tag:} search matches. A feed holding part of the match set says how
 * much (OpenSearch 1.1 {@code totalResults}, {@code startIndex}, {@code itemsPerPage}) and links
 * the next page ({@code rel="next"}, RFC 5005). Thread-safe.
 */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private AtomFeed() {}

  /** Writes a feed's elements inside {@code <feed>}. */
  @FunctionalInterface
  public interface FeedBody {
    void write(XMLStreamWriter xml) throws XMLStreamException, IOException;
  }

  /**
   * An Atom document: the XML declaration and a {@code <feed>} in the Atom namespace around what
   * {@code body} writes (its id, title, links, entries).
   *
   * @throws IOException when the body's own reads fail
   */
  public static String document(FeedBody body) throws IOException {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      body.write(xml);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string failed", e);
    }
    return out.toString();
  }

  /**
   * Renders the feed.
   *
   * @param title the feed's title
   * @param selfUrl the feed's own absolute URL, also its id
   * @param htmlUrl the same search as a results page, absolute
   * @param baseUrl scheme, host and port that entry links start with
   * @param updated when the index generation was opened; papers carry no dates of their own, so
   *     every entry uses it too
   * @param page which part of the match set the papers are
   */
  static String write(
      String title,
      String selfUrl,
      String htmlUrl,
      String baseUrl,
      Instant updated,
      List<Paper> papers,
      ExportPage page) {
    return write(title, selfUrl, htmlUrl, baseUrl, updated, papers, Map.of(), page);
  }

  /**
   * Renders the feed; an entry's summary is its author's TL;DR ("TL;DR (author): …"), else its
   * generated one ("Auto-TLDR: …"), else its abstract.
   *
   * @param autoTldrs generated TL;DRs by paper id
   */
  static String write(
      String title,
      String selfUrl,
      String htmlUrl,
      String baseUrl,
      Instant updated,
      List<Paper> papers,
      Map<String, String> autoTldrs,
      ExportPage page) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeNamespace("opensearch", OPENSEARCH);
      element(xml, "id", selfUrl);
      element(xml, "title", title);
      element(xml, "updated", timestamp(updated));
      link(xml, "self", selfUrl, "application/atom+xml");
      link(xml, "alternate", htmlUrl, "text/html");
      element(xml, "generator", "PaperScope");
      paging(xml, page);
      for (Paper paper : papers) {
        entry(xml, paper, autoTldrs.get(paper.id()), baseUrl, updated);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string failed", e);
    }
    return out.toString();
  }

  private static void entry(
      XMLStreamWriter xml, Paper paper, String autoTldr, String baseUrl, Instant updated)
      throws XMLStreamException {
    String url = baseUrl + SearchLinks.paper(paper.id());
    xml.writeStartElement("entry");
    element(xml, "id", url);
    element(xml, "title", LatexText.toUnicode(paper.title()));
    // A paper's only date is its year: published then, and not known to have changed since. A
    // paper without a year gets the index generation's time, the latest it can have changed.
    Instant published = paper.year() == null ? null : yearStart(paper.year());
    element(xml, "updated", timestamp(published == null ? updated : published));
    if (published != null) {
      element(xml, "published", timestamp(published));
    }
    link(xml, "alternate", url, "text/html");
    for (String author : paper.authors()) {
      xml.writeStartElement("author");
      element(xml, "name", author);
      xml.writeEndElement();
    }
    for (String tag : paper.keywords()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", clean(tag));
    }
    String summary = summary(paper, autoTldr);
    if (summary != null) {
      element(xml, "summary", LatexText.toUnicode(summary));
    }
    xml.writeEndElement();
  }

  private static void paging(XMLStreamWriter xml, ExportPage page) throws XMLStreamException {
    if (page.next() != null) {
      link(xml, "next", page.next(), "application/atom+xml");
    }
    xml.writeStartElement("opensearch", "totalResults", OPENSEARCH);
    xml.writeCharacters(String.valueOf(page.total()));
    xml.writeEndElement();
    xml.writeStartElement("opensearch", "startIndex", OPENSEARCH);
    xml.writeCharacters(String.valueOf(page.offset() + 1L));
    xml.writeEndElement();
    xml.writeStartElement("opensearch", "itemsPerPage", OPENSEARCH);
    xml.writeCharacters(String.valueOf(page.returned()));
    xml.writeEndElement();
  }

  /**
   * An entry's summary: the author's TL;DR ("TL;DR (author): …"), else the generated one
   * ("Auto-TLDR: …"), else the abstract; null when there is none of them.
   */
  public static String summary(Paper paper, String autoTldr) {
    return paper.tldr() != null
        ? "TL;DR (author): " + paper.tldr()
        : autoTldr != null ? "Auto-TLDR: " + autoTldr : paper.abstractText();
  }

  /** Writes {@code <name>text</name>}, the text {@link #clean}ed. */
  public static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  /** Writes {@code <link rel type href/>}, the href {@link #clean}ed. */
  public static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", clean(href));
  }

  private static Instant yearStart(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Drops characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
