package org.paperscope.pdf;

import java.util.List;

/**
 * The lines of one page in content-stream order, with the page size.
 *
 * @param number 1-based page number
 * @param width page width in user-space units
 * @param height page height in user-space units
 * @param lines the page's lines, immutable
 */
record PdfPageLines(int number, float width, float height, List<PdfLine> lines) {
  PdfPageLines {
    lines = List.copyOf(lines);
  }

  /** This page with other lines. */
  PdfPageLines withLines(List<PdfLine> newLines) {
    return new PdfPageLines(number, width, height, newLines);
  }
}
