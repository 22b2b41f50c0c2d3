package org.paperscope.paper;

import java.util.List;
import java.util.Objects;

/**
 * What PaperScope knows of a paper's PDF: its content hash (the key of the extracted text and the
 * thumbnail in the data directory's {@code text/} cache), page count, and the section headings
 * found, each with the page it starts on, and the arXiv identifier printed on its first page (so a
 * record matched by title is found by that id too). Immutable and thread-safe.
 *
 * @param arxivId the arXiv identifier without version from the PDF's margin stamp, or null
 */
public record PdfInfo(String sha256, int pageCount, List<Heading> sections, String arxivId) {

  /** A section heading ("3 Experiments") and its 1-based start page. */
  public record Heading(String name, int page) {}

  public PdfInfo {
    Objects.requireNonNull(sha256, "sha256");
    sections = List.copyOf(sections == null ? List.of() : sections);
  }

  /** A PDF that prints no arXiv identifier. */
  public PdfInfo(String sha256, int pageCount, List<Heading> sections) {
    this(sha256, pageCount, sections, null);
  }
}
