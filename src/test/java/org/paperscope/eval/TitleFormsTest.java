package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFormsTest {
  @Test
  void normalisedFormDropsCaseAccentsAndPunctuation() {
    assertThat(TitleForms.normalised("  Ümlaut-Net: A Résumé Study!  "))
        .isEqualTo("umlaut net a resume study");
  }

  @Test
  void lowerCaseWithoutPunctuationKeepsAccents() {
    assertThat(TitleForms.lowerCaseWithoutPunctuation("AggMask: Exploring   Résumé's (3D) Parts"))
        .isEqualTo("aggmask exploring résumé s 3d parts");
  }

  @Test
  void firstWordsTakesAtMostThatMany() {
    assertThat(TitleForms.firstWords("a b c d e f g", 5)).isEqualTo("a b c d e");
    assertThat(TitleForms.firstWords("a b", 5)).isEqualTo("a b");
    assertThat(TitleForms.firstWords("", 5)).isEmpty();
  }
}
