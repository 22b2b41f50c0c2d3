package org.paperscope.web.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.Messages;
import org.paperscope.web.Templates;

class PaperPageTest {
  private final Templates templates = new Templates();

  private String render(Paper paper) {
    return templates.render(
        "paper", PaperPage.of(paper, false, Messages.ENGLISH), Messages.ENGLISH);
  }

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

    String html = render(paper);

    assertThat(html)
        .contains("<h2 id=\"abstract-heading\">Abstract</h2>", "No abstract available.")
        .contains("href=\"https://openreview.net/forum?id=B1e-kxSKDH\"");
  }

  @Test
  void withoutLinksItOnlySaysSo() {
    Paper paper = Paper.builder("x", "A Paper With Nothing But A Title").build();
    String html = render(paper);
    assertThat(html).contains("No abstract available.").doesNotContain("may be read on");
  }

  @Test
  void aPaperWithAnAbstractShowsIt() {
    Paper paper = Paper.builder("y", "Titled").abstractText("We show things.").build();
    String html = render(paper);
    assertThat(html).contains("We show things.").doesNotContain("No abstract available.");
  }

  @Test
  void formulasAreMarkedForKatexWithTheirUnicodeFormInside() {
    Paper paper =
        Paper.builder("m", "Adam$^+$: $\\tilde{O}(\\sqrt{T})$ regret")
            .abstractText("Memory cut by 10$\\times$.")
            .keywords(List.of("$k$-means"))
            .build();
    String html = render(paper);
    assertThat(html)
        .contains(
            "<h1 dir=\"auto\">Adam<span class=\"math\" data-tex=\"^+\">⁺</span>: <span class=\"math\""
                + " data-tex=\"\\tilde{O}(\\sqrt{T})\">Õ(√T)</span> regret</h1>",
            "<p dir=\"auto\">Memory cut by 10<span class=\"math\" data-tex=\"\\times\">×</span>.</p>",
            "<span class=\"math\" data-tex=\"k\">k</span>-means</a>",
            "<title>Adam⁺: Õ(√T) regret – PaperScope</title>",
            "<meta name=\"citation_title\" content=\"Adam⁺: Õ(√T) regret\">",
            "<meta name=\"description\" content=\"Memory cut by 10×.\">",
            "<script src=\"/static/math.js\" defer></script>");
  }

  @Test
  void markupInAFormulaStaysEscapedInTheTexAndTheText() {
    Paper paper =
        Paper.builder(
                "x", "$<script>alert(1)</script>$ and $\\text{\\\"><img src=x onerror=alert(1)>}$")
            .build();
    String html = render(paper);
    assertThat(html)
        .doesNotContain("<script>alert", "<img")
        .contains(
            "<span class=\"math\" data-tex=\"&lt;script>alert(1)&lt;/script>\">&lt; script &gt;",
            "data-tex=\"\\text{\\&#34;>&lt;img src=x onerror=alert(1)>}\"");
  }

  private String render(Paper paper, SimilarSection similar) {
    return templates.render(
        "paper",
        PaperPage.of(paper, null, false, false, similar, Messages.ENGLISH),
        Messages.ENGLISH);
  }

  @Test
  void aGeneratedTldrIsLabelledAutoAndNeverReplacesTheAuthors() {
    Paper without = Paper.builder("a", "Attention").abstractText("We attend.").build();
    String auto =
        templates.render(
            "paper",
            PaperPage.of(
                without,
                "We attend to <b>everything</b>.",
                false,
                false,
                SimilarSection.unavailable(Messages.ENGLISH),
                Messages.ENGLISH),
            Messages.ENGLISH);
    assertThat(auto)
        .contains("<h2 id=\"tldr-heading\">Auto-TLDR</h2>")
        .contains("We attend to &lt;b&gt;everything&lt;/b&gt;.")
        .doesNotContain("TL;DR (author)");
    Paper with = Paper.builder("b", "Attention").tldr("The authors' words.").build();
    String author =
        templates.render(
            "paper",
            PaperPage.of(
                with,
                "Generated words.",
                false,
                false,
                SimilarSection.unavailable(Messages.ENGLISH),
                Messages.ENGLISH),
            Messages.ENGLISH);
    assertThat(author)
        .contains("<h2 id=\"tldr-heading\">TL;DR (author)</h2>")
        .contains("The authors' words.")
        .doesNotContain("Generated words.");
    SimilarPapers found =
        new SimilarPapers(
            with,
            true,
            List.of(new SimilarPapers.Similar(without, 0.7f, "", "We attend, briefly.")));
    assertThat(render(with, SimilarSection.of(found, 2, 2, Messages.ENGLISH)))
        .contains("<span class=\"label\">Auto-TLDR</span> <bdi>We attend, briefly.</bdi>");
  }

  @Test
  void similarPapersAreListedWithTheirReasonAndAFoldedAbstractEscaped() {
    Paper paper = Paper.builder("a", "Attention").build();
    Paper near =
        Paper.builder("b/1", "Self-attention <script>x</script> $\\alpha$")
            .authors(List.of("Ann <b>Author</b>"))
            .abstractText("An abstract with <img src=x>.")
            .tldr("Short.")
            .venue("ICLR")
            .year(2018)
            .decision("Poster")
            .build();
    SimilarPapers found =
        new SimilarPapers(
            paper, true, List.of(new SimilarPapers.Similar(near, 0.8f, "tags: attention")));
    String html = render(paper, SimilarSection.of(found, 2, 2, Messages.ENGLISH));
    assertThat(html)
        .contains("<section class=\"paper-similar\" id=\"similar\"")
        .contains("<a href=\"/papers/b%2F1\">Self-attention &lt;script&gt;x&lt;/script&gt; ")
        .contains("<span class=\"math\" data-tex=\"\\alpha\">α</span>")
        .contains("Ann &lt;b&gt;Author&lt;/b&gt;")
        .contains("<p class=\"facts\">ICLR · 2018</p>")
        .contains("<span class=\"label\">TL;DR (author)</span> <bdi>Short.</bdi>")
        .contains("<p class=\"reason\">Shared tags: attention</p>")
        .contains("<details class=\"abstract\">")
        .contains("An abstract with &lt;img src=x&gt;.")
        .doesNotContain("<script>x", "<img src=x>");
  }

  @Test
  void withoutNeighboursTheSectionSaysWhy() {
    Paper paper = Paper.builder("a", "Attention").build();
    SimilarPapers pending = new SimilarPapers(paper, false, List.of());
    assertThat(SimilarSection.of(pending, 1, 20_130, Messages.ENGLISH).note())
        .isEqualTo(
            "Similar papers appear here once this paper's embedding is computed (1 of 20,130"
                + " papers embedded so far).");
    SimilarPapers alone = new SimilarPapers(paper, true, List.of());
    assertThat(SimilarSection.of(alone, 1, 1, Messages.ENGLISH).note())
        .isEqualTo("No other paper is near this one in meaning.");
    assertThat(render(paper)).contains("no paper is yet.").doesNotContain("similar-list");
  }

  @Test
  void reasonsInAnotherFormAreShownAsTheyComeAndNoneIsNoLine() {
    assertThat(SimilarSection.reason("terms: gradient, task", Messages.ENGLISH))
        .isEqualTo("Shared words: gradient, task");
    assertThat(SimilarSection.reason("authors: Ada", Messages.ENGLISH)).isEqualTo("authors: Ada");
    assertThat(SimilarSection.reason("", Messages.ENGLISH)).isNull();
  }
}
