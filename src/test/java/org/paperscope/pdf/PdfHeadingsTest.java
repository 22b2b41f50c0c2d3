package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfHeadingsTest {
  private static final float BODY = 10;

  private static PdfLine line(String text, float size, boolean bold) {
    return new PdfLine(1, text, size, 100, 110, 72, bold, true, false);
  }

  private static boolean heading(String text, float size, boolean bold) {
    return PdfHeadings.isHeading(line(text, size, bold), BODY, true);
  }

  @Test
  void wellKnownNamesAreHeadingsInAnyWeight() {
    assertThat(heading("Abstract", 10, false)).isTrue();
    assertThat(heading("1. Introduction", 10, false)).isTrue();
    assertThat(heading("REFERENCES", 9, false)).isTrue();
    assertThat(heading("Acknowledgments", 10, false)).isTrue();
    assertThat(heading("Appendix A Proofs", 10, false)).isTrue();
  }

  @Test
  void numberedTitlesNeedEmphasis() {
    assertThat(heading("3.2 Multi-Head Attention", 10, true)).isTrue();
    assertThat(heading("4 Why Self-Attention", 12, false)).isTrue();
    assertThat(heading("2 MODEL ARCHITECTURE", 10, false)).isTrue();
    assertThat(heading("3 Results on the test set", 10, false)).isFalse();
  }

  @Test
  void sentenceFragmentsTablesAndContentsLinesAreNotHeadings() {
    assertThat(heading("2 We show that the method works,", 10, true)).isFalse();
    assertThat(heading("3 2.5 4.1 1.2 0.9", 10, true)).isFalse();
    assertThat(heading("2 Model Architecture 5", 10, true)).isFalse();
    assertThat(heading("experiments.", 10, false)).isFalse();
  }

  @Test
  void onlyWellKnownHeadingsCountBeforeTheFirstOne() {
    assertThat(PdfHeadings.isHeading(line("1 University Station C0500", 12, true), BODY, false))
        .isFalse();
    assertThat(PdfHeadings.isHeading(line("Abstract", 12, true), BODY, false)).isTrue();
  }

  @Test
  void emptyLineIsNotAHeading() {
    // An all-private-use line once normalised to "" and crashed the heading check (seung08.pdf).
    assertThat(heading("", 12, true)).isFalse();
  }

  @Test
  void unnumberedBoldLargerLineIsAHeading() {
    assertThat(heading("Attention Visualizations", 12, true)).isTrue();
    assertThat(heading("Attention Visualizations", 10, true)).isFalse();
  }

  @Test
  void canonicalNamesDropNumbering() {
    assertThat(PdfHeadings.canonicalName("1. Introduction")).isEqualTo("introduction");
    assertThat(PdfHeadings.canonicalName("7 REFERENCES")).isEqualTo("references");
    assertThat(PdfHeadings.canonicalName("3.1 Encoder and Decoder Stacks"))
        .isEqualTo("encoder and decoder stacks");
    assertThat(PdfHeadings.isReferences("Bibliography")).isTrue();
  }

  @Test
  void figureLabelsRepeatedAsHeadingsAreDropped() {
    // Attention Is All You Need: the appendix's attention plots each carry "Input-Input Layer5".
    List<PdfSection> sections =
        List.of(
            new PdfSection("7 Conclusion", 10, 100),
            new PdfSection("References", 10, 200),
            new PdfSection("Attention VisualizationsInput-Input Layer5", 13, 201),
            new PdfSection("Input-Input Layer5", 14, 300),
            new PdfSection("Input-Input Layer5", 14, 320),
            new PdfSection("Input-Input Layer5", 15, 400));

    assertThat(PdfHeadings.withoutLabels(sections))
        .containsExactly(
            new PdfSection("7 Conclusion", 10, 100),
            new PdfSection("References", 10, 200),
            new PdfSection("Attention Visualizations", 13, 201));
  }

  @Test
  void wellKnownHeadingsAndSingleHeadingsStay() {
    List<PdfSection> sections =
        List.of(
            new PdfSection("Abstract", 1, 0),
            new PdfSection("Appendix", 9, 500),
            new PdfSection("Appendix", 12, 900),
            new PdfSection("3 Method", 3, 200));
    assertThat(PdfHeadings.withoutLabels(sections)).isEqualTo(sections);
  }
}
