package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.pdf.PdfMatcher.Ambiguous;
import org.paperscope.pdf.PdfMatcher.ByArxivId;
import org.paperscope.pdf.PdfMatcher.ById;
import org.paperscope.pdf.PdfMatcher.ByMapping;
import org.paperscope.pdf.PdfMatcher.ByTitle;
import org.paperscope.pdf.PdfMatcher.NoMatch;

class PdfMatcherTest {
  private static final Map<String, String> RECORDS =
      Map.of(
          "r1", "Attention Is All You Need",
          "r2", "Deep Residual Learning for Image Recognition",
          "r3", "On First-Order Meta-Learning Algorithms",
          "r4", "On First Order Meta Learning Algorithms.");

  private final PdfMatcher matcher = new PdfMatcher();

  @TempDir Path dir;

  @Test
  void fileNamedAfterAKnownIdMatchesById() {
    assertThat(matcher.match(Path.of("papers/r2.PDF"), null, RECORDS, Map.of()))
        .isEqualTo(new ById("r2"));
  }

  @Test
  void mappingNamesTheRecord() {
    assertThat(
            matcher.match(Path.of("scan-17.pdf"), "whatever", RECORDS, Map.of("scan-17.pdf", "r1")))
        .isEqualTo(new ByMapping("r1"));
  }

  @Test
  void mappingToAnUnknownIdFallsThroughToTheTitle() {
    assertThat(
            matcher.match(
                Path.of("x.pdf"), "Attention is all you need", RECORDS, Map.of("x.pdf", "zz")))
        .isEqualTo(new ByTitle("r1", 1.0));
  }

  @Test
  void titleMatchIgnoresCasePunctuationAndLigatures() {
    assertThat(
            matcher.match(
                Path.of("x.pdf"),
                "DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION",
                RECORDS,
                Map.of()))
        .isEqualTo(new ByTitle("r2", 1.0));
  }

  @Test
  void twoNearlyEqualTitlesAreAmbiguous() {
    assertThat(
            matcher.match(
                Path.of("x.pdf"), "On first-order meta-learning algorithms", RECORDS, Map.of()))
        .isEqualTo(new Ambiguous(java.util.List.of("r3", "r4")));
  }

  @Test
  void dissimilarTitleIsNoMatch() {
    assertThat(
            matcher.match(Path.of("x.pdf"), "Attention for image recognition", RECORDS, Map.of()))
        .isEqualTo(new NoMatch());
    assertThat(matcher.match(Path.of("x.pdf"), null, RECORDS, Map.of())).isEqualTo(new NoMatch());
  }

  @Test
  void similarityIsTokenJaccard() {
    assertThat(PdfMatcher.similarity("a b c", "a b d")).isEqualTo(0.5);
  }

  @Test
  void mappingFileReadsCommaAndTabSeparatedLinesWithHeaderAndComments() throws Exception {
    Path csv =
        Files.writeString(dir.resolve("map.csv"), "file,id\n# scans\ndir/a.pdf,r1\n\nb.pdf\tr2\n");

    assertThat(PdfMatcher.readMapping(csv))
        .containsExactly(Map.entry("a.pdf", "r1"), Map.entry("b.pdf", "r2"));
  }

  @Test
  void mappingLineWithoutIdNamesTheLine() throws Exception {
    Path csv = Files.writeString(dir.resolve("map.csv"), "a.pdf,r1\nb.pdf\n");

    assertThatThrownBy(() -> PdfMatcher.readMapping(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("map.csv:2");
  }

  @Test
  void anArxivIdPrintedInThePdfMatchesTheRecordWithThatId() {
    Map<String, String> records = Map.of("1706.03762", "Attention is All you Need (v5)");
    assertThat(
            matcher.match(
                Path.of("transformer.pdf"), "Some other title", "1706.03762", records, Map.of()))
        .isEqualTo(new ByArxivId("1706.03762"));
    // The file name and the mapping come first.
    assertThat(matcher.match(Path.of("r1.pdf"), null, "1706.03762", RECORDS, Map.of()))
        .isEqualTo(new ById("r1"));
    assertThat(
            matcher.match(
                Path.of("x.pdf"), "Attention Is All You Need", "9999.99999", RECORDS, Map.of()))
        .isInstanceOf(ByTitle.class);
  }

  @Test
  void aManifestWithNamedColumnsMapsFileToItsIdColumn() throws Exception {
    Path tsv =
        Files.writeString(
            dir.resolve("MANIFEST.tsv"),
            "file\tarxiv_id\ttitle\tpages\n"
                + "1706.03762.pdf\t1706.03762\tAttention Is All You Need\t15\n"
                + "RWKV.pdf\t2305.13048\tRWKV: Reinventing RNNs, for the Transformer Era\t25\n");

    assertThat(PdfMatcher.readMapping(tsv))
        .containsExactly(
            Map.entry("1706.03762.pdf", "1706.03762"), Map.entry("RWKV.pdf", "2305.13048"));
  }

  @Test
  void aManifestRowMissingItsIdNamesTheLine() throws Exception {
    Path csv = Files.writeString(dir.resolve("m.csv"), "pdf,title,id\na.pdf,A,r1\nb.pdf,B\n");

    assertThatThrownBy(() -> PdfMatcher.readMapping(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m.csv:3");
  }
}
