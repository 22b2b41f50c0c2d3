package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.pdf.PdfRejectedException.Reason;

class PdfHostileFilesTest {
  private final PdfExtractor extractor = new PdfExtractor(PdfLimits.DEFAULTS);

  @TempDir Path dir;

  @Test
  void aValidGeneratedPdfIsExtracted() throws Exception {
    PdfDocument document = extractor.extract(PdfFixtures.textPdf(dir.resolve("ok.pdf"), 2));

    assertThat(document.pageCount()).isEqualTo(2);
    assertThat(document.title()).isEqualTo(PdfFixtures.TITLE);
    assertThat(document.body()).contains("lazy dog while the careful extractor");
  }

  @Test
  void pageWithoutContentStillCountsAsAPage() throws Exception {
    Path pdf = PdfFixtures.textPdf(dir.resolve("two.pdf"), 1);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      document.addPage(new PDPage());
      document.save(pdf.toFile());
    }

    PdfDocument extracted = extractor.extract(pdf);

    assertThat(extracted.pages()).extracting(PdfPage::number).containsExactly(1, 2);
    assertThat(extracted.pages().get(1).bodyStart()).isEqualTo(extracted.body().length());
  }

  @Test
  void truncatedPdfIsRejectedAsCorrupt() throws Exception {
    Path real = PdfFixtures.sharedPdfs().resolve("labml-arxiv/1706.03762.pdf");
    Path half = PdfFixtures.truncatedCopy(real, dir.resolve("half.pdf"));

    assertRejected(half, Reason.CORRUPT, "corrupt or truncated PDF");
  }

  @Test
  void randomBytesAfterAPdfHeaderAreRejectedAsCorrupt() throws Exception {
    assertRejected(PdfFixtures.garbagePdf(dir.resolve("noise.pdf"), 42), Reason.CORRUPT, "corrupt");
  }

  @Test
  void encryptedPdfIsRejectedAsEncrypted() throws Exception {
    assertRejected(
        PdfFixtures.encryptedPdf(dir.resolve("secret.pdf")), Reason.ENCRYPTED, "encrypted PDF");
  }

  @Test
  void pdfWithMorePagesThanTheLimitIsRejected() throws Exception {
    Path many = PdfFixtures.textPdf(dir.resolve("many.pdf"), 301);

    assertRejected(many, Reason.TOO_MANY_PAGES, "more than 300 pages (301)");
  }

  @Test
  void lowerPageLimitApplies() throws Exception {
    PdfExtractor strict = new PdfExtractor(PdfLimits.DEFAULTS.withMaxPages(2));
    Path three = PdfFixtures.textPdf(dir.resolve("three.pdf"), 3);

    assertThatThrownBy(() -> strict.extract(three))
        .isInstanceOfSatisfying(
            PdfRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES))
        .hasMessage("more than 2 pages (3)");
  }

  @Test
  void imageOnlyPdfIsRejectedForHavingNoTextLayer() throws Exception {
    assertRejected(
        PdfFixtures.imageOnlyPdf(dir.resolve("scan.pdf")),
        Reason.NO_TEXT,
        "no text layer (scanned/image-only PDF)");
  }

  @Test
  void textFileNamedPdfIsRejectedAsNotAPdf() throws Exception {
    Path text =
        Files.writeString(dir.resolve("notes.pdf"), "just some notes\n", StandardCharsets.UTF_8);

    assertRejected(text, Reason.NOT_PDF, "not a PDF (no %PDF header)");
  }

  @Test
  void emptyFileIsRejectedAsNotAPdf() throws Exception {
    assertRejected(Files.createFile(dir.resolve("empty.pdf")), Reason.NOT_PDF, "not a PDF");
  }

  @Test
  void pdfOverTheSizeLimitIsRejectedBeforeParsing() throws Exception {
    Path pdf = PdfFixtures.textPdf(dir.resolve("big.pdf"), 1);
    PdfExtractor small = new PdfExtractor(PdfLimits.DEFAULTS.withMaxPdfBytes(Files.size(pdf) - 1));

    assertThatThrownBy(() -> small.extract(pdf))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
        .hasMessageStartingWith("larger than ");
  }

  @Test
  void defaultSizeLimitIsNamedInMegabytes() {
    assertThat(PdfLimits.DEFAULTS.describeBytes()).isEqualTo("50 MB");
    assertThat(PdfLimits.DEFAULTS.describeTimeout()).isEqualTo("60 s");
  }

  @Test
  void missingFileIsRejectedAsUnreadable() {
    assertRejected(dir.resolve("missing.pdf"), Reason.UNREADABLE, "cannot read file");
  }

  @Test
  void tinyTimeLimitOnARealManyPagePdfRejectsWithoutHanging() {
    PdfExtractor hurried = new PdfExtractor(PdfLimits.DEFAULTS.withTimeoutMillis(5));
    Path palm = PdfFixtures.sharedPdfs().resolve("labml-arxiv/2204.02311.pdf");
    long start = System.nanoTime();

    assertThatThrownBy(() -> hurried.extract(palm))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
        .hasMessage("extraction took longer than 5 ms");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void extractorKeepsWorkingAfterRejections() throws Exception {
    assertRejected(PdfFixtures.garbagePdf(dir.resolve("noise.pdf"), 7), Reason.CORRUPT, "corrupt");

    assertThat(extractor.extract(PdfFixtures.textPdf(dir.resolve("ok.pdf"), 1)).title())
        .isEqualTo(PdfFixtures.TITLE);
  }

  private void assertRejected(Path pdf, Reason reason, String messageStart) {
    assertThatThrownBy(() -> extractor.extract(pdf))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageStartingWith(messageStart);
  }
}
