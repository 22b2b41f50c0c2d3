package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfMarginsTest {
  private static PdfLine line(int page, String text, float size, float top) {
    return new PdfLine(page, text, size, top, top + size, 72, false, true, false);
  }

  private static List<PdfPageLines> paper(int pages) {
    List<PdfPageLines> result = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      List<PdfLine> lines = new ArrayList<>();
      lines.add(line(p, "Under review as a conference paper at ICLR 2017", 9, 30));
      if (p == 1) {
        lines.add(line(p, "Learning To Read PDFs", 17, 80));
      }
      for (int i = 0; i < 20; i++) {
        lines.add(line(p, "body text line " + i + " of page " + p, 10, 120 + 25 * i));
      }
      lines.add(line(p, String.valueOf(p), 10, 740));
      result.add(new PdfPageLines(p, 612, 792, lines));
    }
    return result;
  }

  private static List<String> texts(List<PdfPageLines> pages) {
    return pages.stream().flatMap(p -> p.lines().stream()).map(PdfLine::text).toList();
  }

  @Test
  void repeatedRunningHeaderAndPageNumbersAreRemoved() {
    List<String> kept = texts(PdfMargins.strip(paper(6), 10));

    assertThat(kept).noneMatch(t -> t.startsWith("Under review"));
    assertThat(kept).noneMatch(t -> t.matches("\\d+"));
    assertThat(kept)
        .contains(
            "Learning To Read PDFs", "body text line 0 of page 1", "body text line 19 of page 6");
  }

  @Test
  void lineOnTooFewPagesStays() {
    List<String> kept = texts(PdfMargins.strip(paper(2), 10));

    assertThat(kept).contains("Under review as a conference paper at ICLR 2017");
  }

  @Test
  void pageNumberFormsAreRecognised() {
    assertThat(List.of("7", "- 7 -", "Page 7", "page 7 of 12", "vii", "12/30"))
        .allMatch(PdfMargins::isPageNumber);
    assertThat(List.of("7 Conclusion", "Figure 7", "2017 ICLR"))
        .noneMatch(PdfMargins::isPageNumber);
  }
}
