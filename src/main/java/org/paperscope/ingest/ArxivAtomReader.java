package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;
import org.paperscope.paper.TexAccents;

/**
 * Reads an arXiv API response, an Atom feed ({@code http://export.arxiv.org/api/query?...}).
 *
 * <p>Per {@code entry}: {@code id} (the abstract URL {@code http://arxiv.org/abs/2101.00001v2}
 * gives id {@code 2101.00001}: versions are one paper), {@code title}, {@code summary} as the
 * abstract, {@code author/name}, the year of {@code published} (first version), {@code
 * arxiv:primary_category} then {@code category} terms as keywords, {@code link rel="alternate"} as
 * forum and {@code link title="pdf"} as pdf; venue {@code arXiv}; decision {@code Withdrawn} when
 * {@code arxiv:comment} says the paper was withdrawn. TeX accents in titles and names are decoded.
 * The API's error entry is rejected with its message.
 *
 * <p>The parser refuses DTDs and external entities. A malformed entry is rejected and reading goes
 * on; broken XML is rejected at its line and ends the file. Stateless and thread-safe.
 */
public final class ArxivAtomReader implements PaperReader {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ARXIV = "http://arxiv.org/schemas/atom";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}.*");

  /**
   * {@inheritDoc}
   *
   * @throws IOException also when the file is not XML or its root is not an Atom {@code feed}
   */
  @Override
  public void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    SourceFile file = new SourceFile(path, options, sink, SourceName.NONE);
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader xml = open(in, file);
      try {
        readEntries(xml, file);
      } finally {
        close(xml);
      }
    }
  }

  private static XMLStreamReader open(InputStream in, SourceFile file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      if (nextTag(xml) != XMLStreamConstants.START_ELEMENT || !is(xml, ATOM, "feed")) {
        String root = xml.isStartElement() ? "<" + xml.getName() + ">" : "missing";
        String where = file.source(xml.getLocation().getLineNumber());
        throw new IOException(where + ": not an Atom feed, root element is " + root);
      }
      return xml;
    } catch (XMLStreamException e) {
      throw new IOException(file.source(line(e, 1)) + ": not XML: " + message(e), e);
    }
  }

  private static void readEntries(XMLStreamReader xml, SourceFile file) {
    long line = xml.getLocation().getLineNumber();
    try {
      while (xml.hasNext()) {
        line = xml.getLocation().getLineNumber();
        if (xml.next() == XMLStreamConstants.START_ELEMENT && is(xml, ATOM, "entry")) {
          long start = xml.getLocation().getLineNumber();
          Entry entry = readEntry(xml);
          file.deliver(start, entry::paper);
        }
      }
    } catch (XMLStreamException e) {
      file.reject(line(e, line), "invalid XML, stopped reading: " + message(e));
    }
  }

  private static Entry readEntry(XMLStreamReader xml) throws XMLStreamException {
    Entry entry = new Entry();
    while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
      String namespace = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if (ATOM.equals(namespace)) {
        readAtomElement(xml, name, entry);
      } else if (ARXIV.equals(namespace) && name.equals("primary_category")) {
        entry.categories.add(0, xml.getAttributeValue(null, "term"));
        skip(xml);
      } else if (ARXIV.equals(namespace) && name.equals("comment")) {
        entry.comment = text(xml);
      } else {
        skip(xml);
      }
    }
    return entry;
  }

  private static void readAtomElement(XMLStreamReader xml, String name, Entry entry)
      throws XMLStreamException {
    switch (name) {
      case "id" -> entry.id = text(xml);
      case "title" -> entry.title = text(xml);
      case "summary" -> entry.summary = text(xml);
      case "published" -> entry.published = text(xml);
      case "author" -> entry.authors.add(authorName(xml));
      case "category" -> {
        entry.categories.add(xml.getAttributeValue(null, "term"));
        skip(xml);
      }
      case "link" -> {
        readLink(xml, entry);
        skip(xml);
      }
      default -> skip(xml);
    }
  }

  private static void readLink(XMLStreamReader xml, Entry entry) {
    String href = xml.getAttributeValue(null, "href");
    if ("pdf".equals(xml.getAttributeValue(null, "title"))) {
      entry.pdf = href;
    } else if ("alternate".equals(xml.getAttributeValue(null, "rel"))) {
      entry.alternate = href;
    }
  }

  private static String authorName(XMLStreamReader xml) throws XMLStreamException {
    String name = null;
    while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
      if (is(xml, ATOM, "name")) {
        name = text(xml);
      } else {
        skip(xml);
      }
    }
    return name;
  }

  /**
   * Moves to the next start or end tag (or the end of the document), skipping text, comments and
   * the DTD; unlike {@link XMLStreamReader#nextTag} it tolerates stray text between elements.
   */
  private static int nextTag(XMLStreamReader xml) throws XMLStreamException {
    int event = xml.next();
    while (event != XMLStreamConstants.START_ELEMENT
        && event != XMLStreamConstants.END_ELEMENT
        && event != XMLStreamConstants.END_DOCUMENT) {
      event = xml.next();
    }
    return event;
  }

  /** Returns all text inside the current element, ending on its end tag. */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (xml.hasText()) {
        text.append(xml.getText());
      }
    }
    return text.toString();
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    text(xml);
  }

  private static boolean is(XMLStreamReader xml, String namespace, String name) {
    return namespace.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  private static long line(XMLStreamException e, long fallback) {
    return e.getLocation() == null ? fallback : e.getLocation().getLineNumber();
  }

  /** The JDK parser prefixes its message with "ParseError at [row,col]:[3,7]\nMessage: ". */
  private static String message(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int start = message.indexOf("Message: ");
    return start < 0 ? message : message.substring(start + "Message: ".length());
  }

  private static void close(XMLStreamReader xml) throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot close the XML reader", e);
    }
  }

  /** What one entry held; becomes a paper once the whole entry has been read. */
  private static final class Entry {
    private String id;
    private String title;
    private String summary;
    private String published;
    private String alternate;
    private String pdf;
    private String comment;
    private final List<String> authors = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    Paper paper() throws MalformedRecordException {
      String arxivId = arxivId();
      String cleanTitle = PaperText.clean(TexAccents.decode(title));
      Links arxiv = ArxivIds.links(arxivId);
      String pdfUrl = LinkText.url(pdf);
      String forumUrl = LinkText.url(alternate);
      return Paper.builder(arxivId, required("title", cleanTitle))
          .authors(PaperText.cleanAll(authors.stream().map(TexAccents::decode).toList()))
          .abstractText(PaperText.clean(summary))
          .keywords(PaperText.cleanAll(categories))
          .venue(ArxivIds.VENUE)
          .year(year())
          .decision(withdrawn() ? "Withdrawn" : null)
          .links(
              new Links(
                  pdfUrl != null ? pdfUrl : arxiv.pdf(),
                  forumUrl != null ? forumUrl : arxiv.forum(),
                  null,
                  null,
                  null,
                  null))
          .build();
    }

    /**
     * Whether the authors withdrew it: arXiv replaces a withdrawn paper by a version whose comment
     * says so ("This paper has been withdrawn by the author").
     */
    private boolean withdrawn() {
      return comment != null && comment.toLowerCase(java.util.Locale.ROOT).contains("withdrawn");
    }

    private String arxivId() throws MalformedRecordException {
      String raw = required("id", PaperText.clean(id));
      if (raw.contains("arxiv.org/api/errors")) {
        throw new MalformedRecordException("arXiv API error: " + PaperText.clean(summary));
      }
      String arxivId = ArxivIds.fromAbsUrl(raw);
      if (arxivId == null) {
        throw new MalformedRecordException(
            "id: expected an arXiv abstract URL, got " + FieldText.quote(raw));
      }
      return arxivId;
    }

    private Integer year() throws MalformedRecordException {
      String date = PaperText.clean(published);
      if (date == null) {
        return null;
      }
      Matcher matcher = ISO_DATE.matcher(date);
      if (!matcher.matches()) {
        throw new MalformedRecordException(
            "published: expected a date like \"2021-01-31T00:00:00Z\", got "
                + FieldText.quote(date));
      }
      return FieldText.checkYear("published", Integer.parseInt(matcher.group(1)));
    }
  }
}
