package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a paper's title in the layout of its first page.
 *
 * <p>The title is the run of consecutive lines set in the largest font among the upright lines in
 * the upper {@value #TITLE_ZONE} of page 1, skipping stamps and venue banners (arXiv identifiers,
 * "Proceedings of …", "Published as a conference paper …", copyright lines, URLs and e-mail
 * addresses). Lines join the run while their font is within half a point of the largest and they
 * follow within two line heights; a following subtitle line (at least 80% of the title size and 3
 * points above the body) joins after a colon. When no line is larger than the body font, the first
 * bold line that is not a heading is taken instead. PDF metadata titles are not used: on the shared
 * test PDFs they are mostly empty, a file name or the proceedings' title. Stateless.
 */
final class PdfTitles {
  static final double TITLE_ZONE = 0.6;
  private static final Pattern BANNER =
      Pattern.compile(
          "(?i).*(arxiv|proceedings|conference|workshop|journal|published|preprint|under review"
              + "|copyright|©|\\(c\\)|licen[cs]e|vol\\.|volume|issn|isbn|doi|https?:|www\\.|@"
              + "|submitted|accepted|in press|technical report|symposium|transactions).*");
  private static final int MAX_TITLE_LINES = 4;
  private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[\\s∗*†‡§¶⋆]+$");

  private PdfTitles() {}

  /** The title lines of page 1 (empty when the page has no usable text), in reading order. */
  static List<PdfLine> titleLines(PdfPageLines firstPage, float bodyFontSize) {
    List<PdfLine> candidates = candidates(firstPage);
    float largest = 0;
    for (PdfLine line : candidates) {
      largest = Math.max(largest, line.fontSize());
    }
    if (largest <= bodyFontSize + 0.5f) {
      return firstBold(candidates, bodyFontSize);
    }
    List<PdfLine> run = new ArrayList<>();
    for (PdfLine line : candidates) {
      boolean large = line.fontSize() >= largest - 0.5f;
      boolean subtitle = !run.isEmpty() && isSubtitleSize(line, largest, bodyFontSize);
      if ((large || subtitle) && (run.isEmpty() || follows(run.getLast(), line))) {
        run.add(line);
      } else if (!run.isEmpty()) {
        break;
      }
      if (run.size() == MAX_TITLE_LINES) {
        break;
      }
    }
    return run;
  }

  /**
   * A subtitle line ("STaR: Self-Taught Reasoner" / "Bootstrapping Reasoning With Reasoning") is
   * set smaller than the title but well above the body and author lines.
   */
  private static boolean isSubtitleSize(PdfLine line, float largest, float bodyFontSize) {
    return line.fontSize() >= bodyFontSize + 3 && line.fontSize() >= 0.8f * largest;
  }

  /**
   * The title text made from its lines, hyphenated line ends joined and trailing footnote marks
   * removed, or null when there are none.
   */
  static String text(List<PdfLine> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    float titleSize = lines.getFirst().fontSize();
    for (PdfLine line : lines) {
      if (line.fontSize() < titleSize - 0.5f && !title.toString().endsWith(":")) {
        title.append(':');
      }
      PdfHyphenation.append(title, line.text(), null);
    }
    return FOOTNOTE_MARKS.matcher(title).replaceAll("").strip();
  }

  private static List<PdfLine> candidates(PdfPageLines page) {
    List<PdfLine> result = new ArrayList<>();
    for (PdfLine line : page.lines()) {
      if (!line.rotated()
          && line.top() < page.height() * TITLE_ZONE
          && letters(line.text()) >= 2
          && !BANNER.matcher(line.text()).matches()) {
        result.add(line);
      }
    }
    return result;
  }

  private static boolean follows(PdfLine previous, PdfLine line) {
    float gap = line.top() - previous.bottom();
    return gap > -previous.fontSize() && gap < 2 * previous.fontSize();
  }

  private static List<PdfLine> firstBold(List<PdfLine> candidates, float bodyFontSize) {
    for (PdfLine line : candidates) {
      if (line.bold() && !PdfHeadings.isHeading(line, bodyFontSize, false)) {
        return List.of(line);
      }
    }
    return List.of();
  }

  private static int letters(String text) {
    return (int) text.chars().filter(Character::isLetter).count();
  }
}
