package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfGlyphsTest {
  @Test
  void ligaturesAreExpanded() {
    assertThat(PdfGlyphs.normalize("e\uFB03cient \uFB01ne-tuning of \uFB02ows"))
        .isEqualTo("efficient fine-tuning of flows");
  }

  @Test
  void spacingAccentBeforeALetterBecomesTheAccentedLetter() {
    assertThat(PdfGlyphs.normalize("\u00B4Ecole na\u00A8\u0131ve G\u00A8odel"))
        .isEqualTo("École naïve Gödel");
  }

  @Test
  void softHyphensZeroWidthAndPrivateUseCharactersAreDropped() {
    assertThat(PdfGlyphs.normalize("hy\u00ADphen\u200Bated\uE001 text\uFFFD"))
        .isEqualTo("hyphenated text");
  }

  @Test
  void unicodeHyphensBecomeAsciiAndMathLettersBecomePlain() {
    assertThat(PdfGlyphs.normalize("self\u2010attention \uD835\uDC65"))
        .isEqualTo("self-attention x");
  }

  @Test
  void whitespaceRunsCollapseAndEndsAreTrimmed() {
    assertThat(PdfGlyphs.normalize("  two\u00A0\u00A0 words\t ")).isEqualTo("two words");
  }

  @Test
  void asciiCaretAndTildeAreLeftAlone() {
    assertThat(PdfGlyphs.normalize("x^a ~user")).isEqualTo("x^a ~user");
  }
}
