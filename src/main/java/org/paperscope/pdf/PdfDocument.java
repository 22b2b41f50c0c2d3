package org.paperscope.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The text and structure extracted from one PDF.
 *
 * <p>{@code body} holds the full text without the references section: one paragraph or heading per
 * line (lines of a paragraph joined with single spaces, line-end hyphenation undone), pages joined
 * in order, running headers, footers and page numbers removed. {@code references} holds the
 * references section the same way. Immutable and thread-safe.
 *
 * @param sha256 lower-case hex SHA-256 of the PDF file's bytes
 * @param pageCount number of pages in the PDF
 * @param title title detected from page 1's layout, or null when none was found
 * @param authors author names found under the title, best effort, possibly empty
 * @param abstractText the Abstract section's text, or null when there is none
 * @param body full text without references, never null
 * @param references the references section's text, empty when none was found
 * @param pages one entry per PDF page, in order, giving its character range in {@code body}
 * @param sections headings in reading order
 * @param arxivId the arXiv identifier printed on page 1 (margin stamp), without version, or null
 * @param year the year of publication printed on page 1 (venue or copyright line, else the arXiv
 *     identifier's), or 0 when unknown
 */
public record PdfDocument(
    String sha256,
    int pageCount,
    String title,
    List<String> authors,
    String abstractText,
    String body,
    String references,
    List<PdfPage> pages,
    List<PdfSection> sections,
    String arxivId,
    int year) {

  public PdfDocument {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(references, "references");
    authors = List.copyOf(authors);
    pages = List.copyOf(pages);
    sections = List.copyOf(sections);
  }

  /** A document whose first page names no arXiv identifier and no year. */
  public PdfDocument(
      String sha256,
      int pageCount,
      String title,
      List<String> authors,
      String abstractText,
      String body,
      String references,
      List<PdfPage> pages,
      List<PdfSection> sections) {
    this(
        sha256,
        pageCount,
        title,
        authors,
        abstractText,
        body,
        references,
        pages,
        sections,
        null,
        0);
  }

  /**
   * The 1-based page number holding the body character at {@code bodyOffset}; offsets past the end
   * give the last page with text, offsets before the start the first page; 0 when there are no
   * pages.
   */
  public int pageAt(int bodyOffset) {
    int result = pages.isEmpty() ? 0 : pages.getFirst().number();
    for (PdfPage page : pages) {
      if (page.bodyStart() > bodyOffset) {
        break;
      }
      if (page.bodyEnd() > page.bodyStart()) {
        result = page.number();
      }
    }
    return result;
  }

  /**
   * The name of the section holding the body character at {@code bodyOffset}: the last heading
   * starting at or before it, or null for text before the first heading (title, authors).
   */
  public String sectionAt(int bodyOffset) {
    String result = null;
    for (PdfSection section : sections) {
      if (section.bodyStart() > bodyOffset) {
        break;
      }
      result = section.name();
    }
    return result;
  }
}
