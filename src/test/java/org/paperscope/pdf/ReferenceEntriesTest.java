package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceEntriesTest {
  @Test
  void aNumberedListJoinsTheLinesOfAnEntry() {
    String refs =
        "[1] S. Abiteboul, B. Kimelfeld, Y. Sagiv, and P. Senellart.\n"
            + "On the expressiveness of probabilistic XML models. VLDB Journal, 18(5), 2009.\n"
            + "[2] S. P. Abney. Relating probabilistic grammars and automata. In ACL, 1999.\n"
            + "[3] R. Alur. Analysis of recursive state machines. TOPLAS, 27(4), 2005.\n";

    assertThat(ReferenceEntries.split(refs))
        .containsExactly(
            "[1] S. Abiteboul, B. Kimelfeld, Y. Sagiv, and P. Senellart. On the expressiveness of"
                + " probabilistic XML models. VLDB Journal, 18(5), 2009.",
            "[2] S. P. Abney. Relating probabilistic grammars and automata. In ACL, 1999.",
            "[3] R. Alur. Analysis of recursive state machines. TOPLAS, 27(4), 2005.");
  }

  @Test
  void anAuthorYearListIsOneEntryPerLine() {
    String refs =
        "Andrea Banino and Charles Blundell. MEMO. In ICLR, 2020.\n\n"
            + "Tolga Bolukbasi. Adaptive neural networks. In ICML, 2017.\n";

    assertThat(ReferenceEntries.split(refs))
        .containsExactly(
            "Andrea Banino and Charles Blundell. MEMO. In ICLR, 2020.",
            "Tolga Bolukbasi. Adaptive neural networks. In ICML, 2017.");
  }

  @Test
  void nothingGivesNoEntries() {
    assertThat(ReferenceEntries.split("")).isEmpty();
    assertThat(ReferenceEntries.split("\n \n")).isEmpty();
  }
}
