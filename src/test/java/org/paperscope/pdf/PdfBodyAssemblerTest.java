package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfBodyAssemblerTest {
  private static final String LONG_SENTENCE =
      "We study how words are read from documents and report what we find in many experiments.";

  private static PdfLine line(int page, String text, float size, boolean bold, boolean start) {
    return new PdfLine(page, text, size, 100, 110, 72, bold, start, false);
  }

  private static PdfBodyAssembler assemble(List<List<PdfLine>> pages) {
    List<PdfPageLines> pageLines = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      pageLines.add(new PdfPageLines(i + 1, 612, 792, pages.get(i)));
    }
    PdfBodyAssembler assembler = new PdfBodyAssembler(10, Set.of(), List.of());
    assembler.addAll(pageLines);
    return assembler;
  }

  @Test
  void referencesGoToTheirOwnTextUntilABoldAppendixHeading() {
    PdfBodyAssembler result =
        assemble(
            List.of(
                List.of(
                    line(1, "Abstract", 12, true, true), line(1, LONG_SENTENCE, 10, false, true)),
                List.of(
                    line(2, "References", 12, true, true),
                    line(2, "[1] G. Hinton. Dark knowledge. 2014.", 10, false, true),
                    line(2, "A Proofs", 12, true, true),
                    line(2, "The proof is short.", 10, false, true))));

    assertThat(result.references()).isEqualTo("[1] G. Hinton. Dark knowledge. 2014.");
    assertThat(result.body()).doesNotContain("Hinton").endsWith("A Proofs\nThe proof is short.");
    assertThat(result.sections())
        .extracting(PdfSection::name)
        .containsExactly("Abstract", "References", "A Proofs");
    assertThat(result.abstractText()).isEqualTo(LONG_SENTENCE);
  }

  @Test
  void pagesCoverTheBodyInOrder() {
    PdfBodyAssembler result =
        assemble(
            List.of(
                List.of(line(1, "first page text", 10, false, true)),
                List.of(),
                List.of(line(3, "third page text", 10, false, true))));

    assertThat(result.pages())
        .containsExactly(new PdfPage(1, 0, 16), new PdfPage(2, 16, 16), new PdfPage(3, 16, 31));
    assertThat(result.body().substring(16, 31)).isEqualTo("third page text");
  }

  @Test
  void inlineAbstractStartsAfterItsLabelAndEndsAtAFootnote() {
    PdfBodyAssembler result =
        assemble(
            List.of(
                List.of(
                    line(1, "Abstract—We present a reader.", 10, false, true),
                    line(1, "It works.", 10, false, false),
                    line(1, "∗Work done at home.", 10, false, true),
                    line(1, "I. INTRODUCTION", 10, false, true))));

    assertThat(result.abstractText()).isEqualTo("We present a reader. It works.");
  }

  @Test
  void paragraphBeforeTheIntroductionIsAnUnlabelledAbstract() {
    String abstractText = (LONG_SENTENCE + " ").repeat(4).strip();
    PdfBodyAssembler result =
        assemble(
            List.of(
                List.of(
                    line(1, "A Title", 20, true, true),
                    line(1, abstractText, 10, true, true),
                    line(1, "1. Introduction", 12, true, true),
                    line(1, "Text.", 10, false, true))));

    assertThat(result.sections()).extracting(PdfSection::name).startsWith("Abstract");
    assertThat(result.abstractText()).isEqualTo(abstractText);
  }

  @Test
  void lowerCaseLineAfterNoFullStopContinuesTheParagraph() {
    PdfBodyAssembler result =
        assemble(
            List.of(
                List.of(
                    line(1, "Deeper networks are harder to train. We", 10, false, true),
                    line(1, "present a framework.", 10, false, true),
                    line(1, "Footnote text.", 8, false, false))));

    assertThat(result.body())
        .isEqualTo("Deeper networks are harder to train. We present a framework.\nFootnote text.");
  }
}
