package org.paperscope.web.paper;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.paper.ExternalUrls;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfPage;
import org.paperscope.pdf.PdfSection;
import org.paperscope.pdf.ReferenceEntries;
import org.paperscope.web.Layout;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.search.SearchLinks;

/**
 * The reading room: a paper's extracted full text as a readable page ({@code /papers/{id}/text}),
 * one block per paragraph, each section heading an anchor ({@code #s-3}) that the paper page's
 * section list links to, page starts marked ({@code #p-4}), and the references as a list where the
 * references section was.
 *
 * @param layout the page frame
 * @param title the paper's title
 * @param paperHref the paper's page
 * @param pdfHref the PDF's address when it is a safe http(s) URL, else {@code null}
 * @param sections the table of contents, linking to the headings below
 * @param blocks the text in reading order
 */
public record ReadingPage(
    Layout layout,
    String title,
    String paperHref,
    String pdfHref,
    List<Link> sections,
    List<Block> blocks) {

  /** What a block of the text is. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    REFERENCE
  }

  /**
   * A block of text.
   *
   * @param kind heading, paragraph or reference entry
   * @param text the block's plain text (escaped by the template)
   * @param anchor the element id for a heading ({@code s-N}), else {@code null}
   * @param page the page number when this block is the first on a new page, else 0
   */
  public record Block(Kind kind, String text, String anchor, int page) {}

  /** The anchor of the {@code index}-th section, as in {@link PdfDocument#sections()}. */
  public static String anchor(int index) {
    return "s-" + (index + 1);
  }

  /** The reading room of a paper whose PDF text is {@code doc}. */
  static ReadingPage of(Paper paper, PdfDocument doc, Messages messages) {
    String paperHref = SearchLinks.paper(paper.id());
    List<Link> toc = new ArrayList<>();
    List<PdfSection> sections = doc.sections();
    for (int i = 0; i < sections.size(); i++) {
      toc.add(new Link(sections.get(i).name(), "#" + anchor(i)));
    }
    return new ReadingPage(
        new Layout(messages.get("reading.title", paper.title()), "", ""),
        paper.title(),
        paperHref,
        ExternalUrls.safe(paper.links().pdf()),
        toc,
        blocks(doc));
  }

  private static List<Block> blocks(PdfDocument doc) {
    List<Block> out = new ArrayList<>();
    String body = doc.body();
    List<PdfSection> sections = doc.sections();
    int nextSection = 0;
    int nextPage = 0;
    int at = 0;
    while (at <= body.length()) {
      int end = body.indexOf('\n', at);
      end = end < 0 ? body.length() : end;
      int page = 0;
      while (nextPage < doc.pages().size() && doc.pages().get(nextPage).bodyStart() <= at) {
        PdfPage p = doc.pages().get(nextPage++);
        page = p.bodyEnd() > p.bodyStart() || page == 0 ? p.number() : page;
      }
      boolean heading = false;
      while (nextSection < sections.size() && sections.get(nextSection).bodyStart() <= at) {
        PdfSection section = sections.get(nextSection);
        String anchor = anchor(nextSection++);
        out.add(new Block(Kind.HEADING, section.name(), anchor, page));
        page = 0;
        if (isReferences(section, body, at)) {
          ReferenceEntries.split(doc.references())
              .forEach(e -> out.add(new Block(Kind.REFERENCE, e, null, 0)));
        } else {
          heading = true;
        }
      }
      String line = body.substring(at, end).strip();
      // A heading's own line follows it in the body; it is the heading block already.
      if (!line.isEmpty() && !(heading && line.equals(sections.get(nextSection - 1).name()))) {
        out.add(new Block(Kind.PARAGRAPH, line, null, page));
      }
      if (end == body.length()) {
        break;
      }
      at = end + 1;
    }
    return out;
  }

  /** The references heading: its text went to the references, not the body. */
  private static boolean isReferences(PdfSection section, String body, int at) {
    return !body.startsWith(section.name(), at);
  }
}
