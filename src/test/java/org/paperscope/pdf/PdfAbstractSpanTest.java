package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfAbstractSpanTest {
  private static PdfLine line(String text, float size, boolean start) {
    return new PdfLine(1, text, size, 100, 110, 72, false, start, false);
  }

  /** Appends lines to the body as the assembler does: the span sees each before it is appended. */
  private static String read(PdfAbstractSpan span, StringBuilder body, PdfLine... lines) {
    span.open(body.length());
    for (PdfLine line : lines) {
      if (span.isOpen()) {
        span.nextLine(line, body.length());
      }
      body.append(line.text()).append('\n');
    }
    span.close(body.length());
    return span.text(body);
  }

  @Test
  void noAbstractIsNull() {
    PdfAbstractSpan span = new PdfAbstractSpan();
    assertThat(span.isAhead()).isTrue();
    assertThat(span.text("body text")).isNull();
  }

  @Test
  void paragraphInSmallerTypeEndsTheAbstract() {
    String text =
        read(
            new PdfAbstractSpan(),
            new StringBuilder("Abstract\n"),
            line("We read papers.", 10, true),
            line("We count words.", 10, true),
            line("1 University of Somewhere", 9, true));
    assertThat(text).isEqualTo("We read papers.\nWe count words.");
  }

  @Test
  void keywordsLineEndsTheAbstractAndTheSpanStaysPassed() {
    PdfAbstractSpan span = new PdfAbstractSpan();
    String text =
        read(
            span,
            new StringBuilder(),
            line("We read papers.", 10, true),
            line("Keywords: reading, papers", 10, false));
    assertThat(text).isEqualTo("We read papers.");
    assertThat(span.isAhead()).isFalse();
    assertThat(span.isOpen()).isFalse();
  }

  @Test
  void overlongAbstractIsCutAtAParagraphBreak() {
    StringBuilder body = new StringBuilder();
    String paragraph = "word ".repeat(400).strip();
    PdfAbstractSpan span = new PdfAbstractSpan();
    String text = read(span, body, line(paragraph, 10, true), line(paragraph, 10, true));
    assertThat(text).isEqualTo(paragraph);
  }
}
