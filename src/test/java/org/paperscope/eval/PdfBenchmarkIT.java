package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.bench.PdfBenchmark;
import org.paperscope.pdf.PdfLimits;

/** The benchmark runs end to end and reports; speed itself is measured by the bench command. */
@Tag("slow")
class PdfBenchmarkIT {
  @TempDir Path dir;

  @Test
  void benchmarkReportsPagesPerSecondForBothExtractorsAndTheRatio() throws Exception {
    Path blank = dir.resolve("blank.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.addPage(new PDPage());
      document.save(blank.toFile());
    }
    Files.copy(blank, dir.resolve("copy.pdf"));

    PdfBenchmark.Result result = new PdfBenchmark(PdfLimits.DEFAULTS, 1, 2).run(dir);

    assertThat(result.files()).isEqualTo(2);
    assertThat(result.pages()).isEqualTo(4);
    assertThat(result.singlePagesPerSecond()).isPositive();
    assertThat(result.popplerPagesPerSecond()).isPositive();
    assertThat(result.toMarkdown())
        .contains("| PaperScope, 1 thread |", "pdftotext (poppler)", "peak RSS");
  }
}
