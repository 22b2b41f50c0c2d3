package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class PaperPageTest {
  private final Templates templates = new Templates();

  @Test
  void aPaperWithoutAnAbstractSaysSoAndLinksWhereItCanBeRead() {
    Paper paper =
        Paper.builder("B1e-kxSKDH", "Structured Object-Aware Physics Prediction")
            .links(
                new Links(
                    "https://openreview.net/pdf?id=B1e-kxSKDH",
                    "https://openreview.net/forum?id=B1e-kxSKDH",
                    null,
                    null,
                    null,
                    null))
            .build();

    String html = templates.render("paper", PaperPage.of(paper, false));

    assertThat(html)
        .contains("<h2 id=\"abstract-heading\">Abstract</h2>", "No abstract available.")
        .contains("href=\"https://openreview.net/forum?id=B1e-kxSKDH\"");
  }

  @Test
  void withoutLinksItOnlySaysSo() {
    Paper paper = Paper.builder("x", "A Paper With Nothing But A Title").build();
    String html = templates.render("paper", PaperPage.of(paper, false));
    assertThat(html).contains("No abstract available.").doesNotContain("may be read on");
  }

  @Test
  void aPaperWithAnAbstractShowsIt() {
    Paper paper = Paper.builder("y", "Titled").abstractText("We show things.").build();
    String html = templates.render("paper", PaperPage.of(paper, false));
    assertThat(html).contains("We show things.").doesNotContain("No abstract available.");
  }
}
