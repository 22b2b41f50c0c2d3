package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfFrontMatterTest {
  private static PdfFrontMatter.Facts facts(List<String> upright, List<String> rotated) {
    List<PdfLine> lines = new ArrayList<>();
    upright.forEach(t -> lines.add(new PdfLine(1, t, 10, 100, 110, 72, false, true, false)));
    rotated.forEach(t -> lines.add(PdfLine.rotated(1, t)));
    return PdfFrontMatter.of(List.of(new PdfPageLines(1, 612, 792, lines)));
  }

  @Test
  void theMarginStampGivesTheArxivIdWithoutVersion() {
    PdfFrontMatter.Facts facts =
        facts(
            List.of("Attention Is All You Need", "Abstract"),
            List.of("arXiv:1706.03762v5 [cs.CL] 6 Dec 2017"));
    assertThat(facts.arxivId()).isEqualTo("1706.03762");
    assertThat(facts.year()).isEqualTo(2017);
  }

  @Test
  void theYearOfFirstSubmissionComesFromTheIdNotTheStampDate() {
    // MuZero: first submitted November 2019, the stamped version is of 2020.
    PdfFrontMatter.Facts facts =
        facts(List.of("Mastering Atari"), List.of("arXiv:1911.08265v2 [cs.LG] 21 Feb 2020"));
    assertThat(facts.year()).isEqualTo(2019);
  }

  @Test
  void aVenueLineWinsOverTheArxivId() {
    PdfFrontMatter.Facts facts =
        facts(
            List.of(
                "Published as a conference paper at ICLR 2021", "AN IMAGE IS WORTH 16X16 WORDS"),
            List.of("arXiv:2010.11929v2 [cs.CV] 3 Jun 2021"));
    assertThat(facts.arxivId()).isEqualTo("2010.11929");
    assertThat(facts.year()).isEqualTo(2021);
  }

  @Test
  void oldStyleIdsAndUprightStampLinesAreRead() {
    assertThat(facts(List.of("arXiv:cs/0112017v1"), List.of()).arxivId()).isEqualTo("cs/0112017");
    assertThat(facts(List.of("arXiv:hep-th/9901001"), List.of()).year()).isZero();
  }

  @Test
  void anIdCitedInRunningTextIsNotThePapersOwn() {
    PdfFrontMatter.Facts facts =
        facts(List.of("as shown by Smith (see arXiv:1234.56789), the method"), List.of());
    assertThat(facts.arxivId()).isNull();
  }

  @Test
  void copyrightAndProceedingsLinesGiveTheYearButCitationsDoNot() {
    assertThat(
            facts(
                    List.of(
                        "in prior work (Brown et al., 2020; Smith, 2019) models grew",
                        "Appearing in Proceedings of the 28th International Conference on Machine",
                        "Learning, Bellevue, WA, USA, 2011. Copyright 2011 by the author(s)."),
                    List.of())
                .year())
        .isEqualTo(2011);
    assertThat(facts(List.of("Proceedings of the ACL, June 2007. c 2007 ACL"), List.of()).year())
        .isEqualTo(2007);
    assertThat(
            facts(List.of("We trained on 2048 GPUs in 2019 conference rooms."), List.of()).year())
        .isEqualTo(2019);
  }

  @Test
  void nothingKnownIsNullAndZero() {
    assertThat(facts(List.of("A Title", "Some Author"), List.of()))
        .isEqualTo(new PdfFrontMatter.Facts(null, 0));
    assertThat(PdfFrontMatter.of(List.of())).isEqualTo(new PdfFrontMatter.Facts(null, 0));
  }

  @Test
  void yearsInTheFutureOrImplausiblyOldAreIgnored() {
    assertThat(facts(List.of("Copyright 1066 and 2999 by nobody"), List.of()).year()).isZero();
  }
}
