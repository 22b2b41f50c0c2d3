package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfWordCountsTest {
  @Test
  void wordsAreLowerCasedNfkcAndHyphenInsensitive() {
    PdfWordCounts ours = PdfWordCounts.of("State-of-the-art ﬁne results, fine!");
    PdfWordCounts theirs = PdfWordCounts.of("stateofthe-\nart FINE results");

    assertThat(ours.counts()).containsEntry("stateoftheart", 1).containsEntry("fine", 2);
    assertThat(ours.total()).isEqualTo(4);
    assertThat(ours.overlap(theirs)).isEqualTo(3);
  }

  @Test
  void surplusListsTheMostFrequentDifferencesFirst() {
    PdfWordCounts a = PdfWordCounts.of("x x x y y z");
    PdfWordCounts b = PdfWordCounts.of("x z");

    assertThat(a.surplusOver(b, 2)).isEqualTo("x×2 y×2");
    assertThat(b.surplusOver(a, 2)).isEmpty();
  }
}
