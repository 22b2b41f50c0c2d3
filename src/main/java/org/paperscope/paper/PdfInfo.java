package org.paperscope.paper;

import java.util.List;
import java.util.Objects;

/**
 * What PaperScope knows of a paper's PDF: its content hash (the key of the extracted text and the
 * thumbnail in the data directory's {@code text/} cache), page count, and the section headings
 * found, each with the page it starts on. Immutable and thread-safe.
 */
public record PdfInfo(String sha256, int pageCount, List<Heading> sections) {

  /** A section heading ("3 Experiments") and its 1-based start page. */
  public record Heading(String name, int page) {}

  public PdfInfo {
    Objects.requireNonNull(sha256, "sha256");
    sections = List.copyOf(sections == null ? List.of() : sections);
  }
}
