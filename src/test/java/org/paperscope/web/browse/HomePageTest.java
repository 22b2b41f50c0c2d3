package org.paperscope.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperscope.web.Messages;

class HomePageTest {
  private static String meaning(int embedded, int papers) {
    return HomePage.meaning(embedded, papers, Messages.ENGLISH);
  }

  @Test
  void theHomePageSaysHowMuchOfTheCorpusCanBeSearchedByMeaning() {
    assertThat(meaning(0, 20_130))
        .isEqualTo("No paper is embedded for search by meaning yet: searches match words only.");
    assertThat(meaning(18_402, 20_130))
        .isEqualTo(
            "18,402 of 20,130 papers embedded for search by meaning; the others are matched by"
                + " their words only.");
    assertThat(meaning(20_130, 20_130)).startsWith("Search by meaning is available:");
  }
}
