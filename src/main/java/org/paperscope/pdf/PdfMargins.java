package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, running footers and page numbers.
 *
 * <p>Only a page's marginal lines are considered: the {@value #EDGE_LINES} topmost and bottommost
 * upright lines whose font is no larger than the body font, lying in the top or bottom {@value
 * #EDGE_FRACTION} of the page. Such a line goes when it is only a page number ({@code 7}, {@code -
 * 7 -}, {@code Page 7 of 12}, {@code vii}) or when the same text, digits ignored, is marginal on at
 * least {@value #MIN_REPEATS} pages and on a quarter of all pages. Stateless.
 */
final class PdfMargins {
  static final int EDGE_LINES = 3;
  static final double EDGE_FRACTION = 0.15;
  static final int MIN_REPEATS = 3;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(page\\s*)?[-–—]?\\s*(\\d{1,4}|[ivxlc]{1,7})\\s*[-–—]?(\\s*(of|/)\\s*\\d{1,4})?");

  private PdfMargins() {}

  /** The pages without their running headers, footers and page numbers. */
  static List<PdfPageLines> strip(List<PdfPageLines> pages, float bodyFontSize) {
    List<Set<PdfLine>> marginal = new ArrayList<>();
    Map<String, Integer> pagesPerKey = new HashMap<>();
    for (PdfPageLines page : pages) {
      Set<PdfLine> edge = marginalLines(page, bodyFontSize);
      marginal.add(edge);
      edge.stream()
          .map(PdfMargins::key)
          .distinct()
          .forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
    }
    int minRepeats = Math.max(MIN_REPEATS, (pages.size() + 3) / 4);
    List<PdfPageLines> result = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      Set<PdfLine> edge = marginal.get(i);
      List<PdfLine> kept = new ArrayList<>();
      for (PdfLine line : pages.get(i).lines()) {
        boolean drop =
            edge.contains(line)
                && (isPageNumber(line.text()) || pagesPerKey.get(key(line)) >= minRepeats);
        if (!drop) {
          kept.add(line);
        }
      }
      result.add(pages.get(i).withLines(kept));
    }
    return result;
  }

  /** Whether the text is nothing but a page number in one of the usual forms. */
  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text.strip()).matches();
  }

  private static Set<PdfLine> marginalLines(PdfPageLines page, float bodyFontSize) {
    List<PdfLine> candidates = new ArrayList<>();
    for (PdfLine line : page.lines()) {
      if (!line.rotated() && line.fontSize() <= bodyFontSize + 0.5f) {
        candidates.add(line);
      }
    }
    Set<PdfLine> edge = Collections.newSetFromMap(new IdentityHashMap<>());
    candidates.sort(Comparator.comparingDouble(PdfLine::top));
    for (int i = 0; i < Math.min(EDGE_LINES, candidates.size()); i++) {
      PdfLine line = candidates.get(i);
      if (line.top() < page.height() * EDGE_FRACTION) {
        edge.add(line);
      }
    }
    candidates.sort(Comparator.comparingDouble(PdfLine::bottom).reversed());
    for (int i = 0; i < Math.min(EDGE_LINES, candidates.size()); i++) {
      PdfLine line = candidates.get(i);
      if (line.bottom() > page.height() * (1 - EDGE_FRACTION)) {
        edge.add(line);
      }
    }
    return edge;
  }

  private static String key(PdfLine line) {
    return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }
}
