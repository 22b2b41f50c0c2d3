package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfHyphenationTest {
  private static String join(Set<String> vocabulary, String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      PdfHyphenation.append(text, line, vocabulary);
    }
    return text.toString();
  }

  @Test
  void syllableBreakIsJoinedWithoutTheHyphen() {
    assertThat(join(Set.of(), "learning a repre-", "sentation of words"))
        .isEqualTo("learning a representation of words");
  }

  @Test
  void hyphenKeptWhenTheHyphenatedWordOccursElsewhere() {
    Set<String> vocabulary = PdfHyphenation.vocabulary(List.of("we use multi-head attention"));

    assertThat(join(vocabulary, "the multi-", "head layer")).isEqualTo("the multi-head layer");
  }

  @Test
  void hyphenDroppedWhenTheClosedUpWordOccursElsewhere() {
    Set<String> vocabulary = PdfHyphenation.vocabulary(List.of("pretrained models"));

    assertThat(join(vocabulary, "pre-", "trained")).isEqualTo("pretrained");
  }

  @Test
  void compoundChainsKeepTheirHyphens() {
    assertThat(join(Set.of(), "a new state-of-the-", "art result"))
        .isEqualTo("a new state-of-the-art result");
    assertThat(join(Set.of(), "the English-", "to-German task"))
        .isEqualTo("the English-to-German task");
  }

  @Test
  void commonCompoundPrefixKeepsItsHyphen() {
    assertThat(join(Set.of(), "a self-", "supervised loss")).isEqualTo("a self-supervised loss");
  }

  @Test
  void hyphenInsideALineIsNeverTouched() {
    assertThat(join(Set.of(), "state-of-the-art", "results")).isEqualTo("state-of-the-art results");
  }

  @Test
  void capitalisedNextLineIsNotJoined() {
    assertThat(join(Set.of(), "see Smith-", "Jones and others"))
        .isEqualTo("see Smith- Jones and others");
  }

  @Test
  void numberBeforeTheHyphenIsNotJoined() {
    assertThat(join(Set.of(), "a 12-", "layer model")).isEqualTo("a 12- layer model");
  }
}
