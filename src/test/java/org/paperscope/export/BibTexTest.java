package org.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class BibTexTest {
  private static final Paper ATTENTION =
      Paper.builder("abc", "Attention Is All You Need")
          .authors(List.of("Ashish Vaswani", "Noam Shazeer"))
          .venue("NeurIPS")
          .year(2017)
          .decision("Oral")
          .links(new Links("https://example.org/a.pdf", null, null, null, null, null))
          .build();

  @Test
  void acceptedPaperIsInproceedingsWithTheFullConferenceName() {
    assertThat(BibTex.entry(ATTENTION, BibTex.key(ATTENTION)))
        .isEqualTo(
            """
            @inproceedings{vaswani2017attention,
              title = {{Attention Is All You Need}},
              author = {Ashish Vaswani and Noam Shazeer},
              booktitle = {Advances in Neural Information Processing Systems (NIPS 2017)},
              year = {2017},
              url = {https://example.org/a.pdf},
            }
            """);
  }

  @ParameterizedTest
  @CsvSource({
    "ICLR, 2019, International Conference on Learning Representations (ICLR 2019)",
    "NeurIPS, 2020, Advances in Neural Information Processing Systems (NeurIPS 2020)",
    "NIPS, 2019, Advances in Neural Information Processing Systems (NeurIPS 2019)",
    "icml, 2021, International Conference on Machine Learning (ICML 2021)",
    "ICML 2021, , International Conference on Machine Learning (ICML 2021)",
    "International Conference on Learning Representations, 2018,"
        + " International Conference on Learning Representations (ICLR 2018)",
    "Journal of Obscure Results, 2020, Journal of Obscure Results"
  })
  void acceptedPapersGetTheirProceedingsTitle(String venue, Integer year, String booktitle) {
    Paper paper = Paper.builder("x", "A Study").venue(venue).year(year).decision("Poster").build();
    assertThat(BibTex.entry(paper, "k"))
        .startsWith("@inproceedings{k,")
        .contains("  booktitle = {" + booktitle + "},\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Reject", "Desk Reject", "Withdraw", "Submitted", "Pending", "Active"})
  @NullSource
  void submissionNotKnownToBeAcceptedIsMiscSubmittedTo(String decision) {
    Paper paper =
        Paper.builder("B1x", "Rejected Ideas")
            .authors(List.of("Ada Lovelace"))
            .venue("ICLR")
            .year(2019)
            .decision(decision)
            .links(
                new Links(
                    "https://openreview.net/pdf?id=B1x",
                    "https://openreview.net/forum?id=B1x",
                    null,
                    null,
                    null,
                    null))
            .build();
    assertThat(BibTex.entry(paper, "k"))
        .isEqualTo(
            """
            @misc{k,
              title = {{Rejected Ideas}},
              author = {Ada Lovelace},
              howpublished = {Submitted to ICLR 2019},
              year = {2019},
              url = {https://openreview.net/forum?id=B1x},
            }
            """);
  }

  @Test
  void workshopPaperIsInTheWorkshopTrack() {
    Paper paper =
        Paper.builder("w", "Small Idea").venue("ICLR").year(2017).decision("Workshop").build();
    assertThat(BibTex.entry(paper, "k"))
        .contains(
            "booktitle = {International Conference on Learning Representations (ICLR 2017),"
                + " Workshop Track}");
  }

  @Test
  void arxivPreprintIsMiscWithEprintLikeArxivWritesIt() {
    Paper paper =
        Paper.builder("1706.03762v5", "Attention Is All You Need")
            .authors(List.of("Ashish Vaswani"))
            .keywords(List.of("cs.CL", "cs.LG"))
            .venue("arXiv")
            .year(2017)
            .links(new Links("https://arxiv.org/pdf/1706.03762v5", null, null, null, null, null))
            .build();
    assertThat(BibTex.entry(paper, "k"))
        .startsWith("@misc{k,")
        .contains(
            "  year = {2017},\n",
            "  eprint = {1706.03762},\n",
            "  archivePrefix = {arXiv},\n",
            "  primaryClass = {cs.CL},\n",
            "  url = {https://arxiv.org/abs/1706.03762},\n")
        .doesNotContain("booktitle", "howpublished");
  }

  @Test
  void oldStyleArxivIdAndNoCategoryKeyword() {
    Paper paper =
        Paper.builder("cs/0112017", "Old").venue("arXiv").keywords(List.of("kernels")).build();
    assertThat(BibTex.entry(paper, "k"))
        .contains("eprint = {cs/0112017}", "url = {https://arxiv.org/abs/cs/0112017}")
        .doesNotContain("primaryClass");
  }

  @Test
  void urlIsTheForumThenArxivThenDoiThenPdfAndNeverThisServer() {
    Links pdfOnly = new Links("https://example.org/p.pdf", null, null, null, null, null);
    Paper doi = Paper.builder("10.1145/3292500.3330701", "Doi Paper").links(pdfOnly).build();
    assertThat(BibTex.entry(doi, "k"))
        .contains("doi = {10.1145/3292500.3330701}")
        .contains("url = {https://doi.org/10.1145/3292500.3330701}");
    Paper viaLink =
        Paper.builder("x", "Doi Link")
            .links(new Links(null, "https://doi.org/10.5555/abc", null, null, null, null))
            .build();
    assertThat(BibTex.entry(viaLink, "k"))
        .contains("doi = {10.5555/abc}", "url = {https://doi.org/10.5555/abc}");
    Paper arxivPdf =
        Paper.builder("x", "Arxiv Link")
            .links(
                new Links("https://arxiv.org/pdf/2101.00001v2.pdf", null, null, null, null, null))
            .build();
    assertThat(BibTex.entry(arxivPdf, "k")).contains("url = {https://arxiv.org/abs/2101.00001}");
    assertThat(BibTex.entry(Paper.builder("x", "Pdf").links(pdfOnly).build(), "k"))
        .contains("url = {https://example.org/p.pdf}");
    Paper nothing =
        Paper.builder("x", "Script")
            .links(new Links("javascript:alert(1)", null, null, null, null, null))
            .build();
    assertThat(BibTex.entry(nothing, "k")).doesNotContain("url", "javascript");
  }

  @Test
  void specialCharactersAreEscapedAndEveryBraceBalances() {
    Paper hostile =
        Paper.builder("x", "}, evil = {1} 100% & $x_1$ #2 ~ ^ \\end <a|b>")
            .authors(List.of("José Núñez", "Tom and Jerry", "a, b, c, d", "others", "{Brace"))
            .abstractText("}} @misc(evil, title={pwned}) {{{")
            .build();
    String entry = BibTex.entry(hostile, BibTex.key(hostile));
    assertThat(entry)
        .startsWith("@misc{nunez")
        // The title's TeX is read first (its groups and $x_1$ become text), then escaped.
        .contains(
            "title = {{, evil = 1 100\\% \\& x₁ \\#2 \\textasciitilde{} \\textasciicircum{}"
                + " \\textless{}a\\textbar{}b\\textgreater{}}}")
        .contains(
            "author = {José Núñez and {Tom and Jerry} and {a, b, c, d} and {others} and"
                + " \\textbraceleft{}Brace}");
    assertBalanced(entry);
  }

  /** BibTeX counts every brace, escaped or not: depth never drops below 1 inside the entry. */
  static void assertBalanced(String entry) {
    int depth = 0;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        assertThat(depth == 0 ? entry.substring(i).strip() : "}").as(entry).isEqualTo("}");
      }
    }
    assertThat(depth).as(entry).isZero();
  }

  @Test
  void commentCannotEndEarlyOrStartAnEntry() {
    assertThat(BibTex.comment("a {b} @misc{x,\n} c")).isEqualTo("@comment{a  b   misc x,  c}\n");
  }

  @Test
  void duplicateKeysGetSuffixesInOrder() throws Exception {
    StringWriter out = new StringWriter();
    BibTexWriter writer = new BibTexWriter(out);
    for (int i = 0; i < 3; i++) {
      writer.write(ATTENTION);
    }
    assertThat(out.toString())
        .contains("{vaswani2017attention,", "{vaswani2017attentiona,", "{vaswani2017attentionb,");
  }

  @Test
  void keysAreAsciiAndFallBackToTheId() {
    assertThat(BibTex.key(Paper.builder("cs/0112017", "On it").year(2001).build()))
        .isEqualTo("papercs01120172001");
    Paper accented =
        Paper.builder("x", "Über Kernmethoden").authors(List.of("Bernhard Schölkopf")).build();
    assertThat(BibTex.key(accented)).isEqualTo("scholkopfuber");
    Paper chinese = Paper.builder("id9", "注意力").authors(List.of("王小明")).year(2020).build();
    assertThat(BibTex.key(chinese)).isEqualTo("paperid92020").matches("[a-z0-9]+");
  }

  @Test
  void latexInTheTextIsWrittenInUnicodeNotAsLiteralBackslashes() {
    Paper p =
        Paper.builder("x1", "Adam$^+$ in 10$\\times$ less time")
            .abstractText("Human raters prefer it in more than 60\\% of cases.")
            .keywords(List.of("$k$-means"))
            .build();
    String entry = BibTex.entry(p, "k");
    assertThat(entry)
        .contains("title = {{Adam⁺ in 10× less time}}")
        .contains("abstract = {Human raters prefer it in more than 60\\% of cases.}")
        .contains("keywords = {k-means}")
        .doesNotContain("textbackslash");
  }
}
