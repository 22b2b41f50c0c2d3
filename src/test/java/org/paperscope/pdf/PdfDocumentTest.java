package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {
  // body: page 1 = [0, 20), page 2 has no body text, page 3 = [20, 50)
  private final PdfDocument document =
      new PdfDocument(
          "0".repeat(64),
          3,
          "T",
          List.of(),
          null,
          "x".repeat(50),
          "refs",
          List.of(new PdfPage(1, 0, 20), new PdfPage(2, 20, 20), new PdfPage(3, 20, 50)),
          List.of(
              new PdfSection("Abstract", 1, 5),
              new PdfSection("1 Introduction", 1, 15),
              new PdfSection("References", 3, 50)));

  @Test
  void pageAtMapsOffsetsToPagesSkippingEmptyOnes() {
    assertThat(document.pageAt(0)).isEqualTo(1);
    assertThat(document.pageAt(19)).isEqualTo(1);
    assertThat(document.pageAt(20)).isEqualTo(3);
    assertThat(document.pageAt(49)).isEqualTo(3);
    assertThat(document.pageAt(500)).isEqualTo(3);
    assertThat(document.pageAt(-1)).isEqualTo(1);
  }

  @Test
  void sectionAtGivesTheLastHeadingAtOrBeforeTheOffset() {
    assertThat(document.sectionAt(0)).isNull();
    assertThat(document.sectionAt(5)).isEqualTo("Abstract");
    assertThat(document.sectionAt(14)).isEqualTo("Abstract");
    assertThat(document.sectionAt(49)).isEqualTo("1 Introduction");
  }
}
