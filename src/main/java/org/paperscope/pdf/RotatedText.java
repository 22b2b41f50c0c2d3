package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Rebuilds lines of text that does not run left to right (arXiv side stamps, turned tables), for
 * which PDFBox's line and word breaks are unreliable.
 *
 * <p>Works in PDFBox's direction-adjusted coordinates: a new line starts when the baseline moves by
 * more than half the glyph height, a space when the gap exceeds a fifth of the space width
 * (pdftotext joins the same stamps into readable words). Not thread-safe.
 */
final class RotatedText {
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private TextPosition previous;

  /** Appends one glyph in content order. */
  void add(TextPosition glyph) {
    if (previous != null) {
      float size = Math.max(1f, previous.getHeightDir());
      if (Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > size / 2) {
        endLine();
      } else if (gap(glyph) > Math.max(0.5f, previous.getWidthOfSpace() / 5)) {
        current.append(' ');
      }
    }
    current.append(glyph.getUnicode());
    previous = glyph;
  }

  /** The lines collected since the last call, which starts afresh. */
  List<String> lines() {
    endLine();
    List<String> result = List.copyOf(lines);
    lines.clear();
    previous = null;
    return result;
  }

  private float gap(TextPosition glyph) {
    return glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
  }

  private void endLine() {
    if (!current.toString().isBlank()) {
      lines.add(current.toString());
    }
    current.setLength(0);
  }
}
