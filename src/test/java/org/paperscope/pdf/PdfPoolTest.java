package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.pdf.PdfPool.Extracted;
import org.paperscope.pdf.PdfPool.Outcome;
import org.paperscope.pdf.PdfPool.Rejected;
import org.paperscope.pdf.PdfRejectedException.Reason;

class PdfPoolTest {
  @TempDir Path dir;

  private List<Path> batch() throws Exception {
    return List.of(
        PdfFixtures.textPdf(dir.resolve("a.pdf"), 1),
        Files.writeString(dir.resolve("b.pdf"), "not a pdf"),
        PdfFixtures.encryptedPdf(dir.resolve("c.pdf")),
        PdfFixtures.textPdf(dir.resolve("d.pdf"), 2));
  }

  @Test
  void rejectionsAreReportedInOrderAndNeverStopTheBatch() throws Exception {
    AtomicInteger lastDone = new AtomicInteger();
    PdfPool pool = new PdfPool(new PdfExtractor(PdfLimits.DEFAULTS), 3, Optional.empty());

    List<Outcome> outcomes =
        pool.extractAll(batch(), (done, total) -> lastDone.accumulateAndGet(done, Math::max));

    assertThat(outcomes)
        .extracting(o -> o.pdf().getFileName().toString())
        .containsExactly("a.pdf", "b.pdf", "c.pdf", "d.pdf");
    assertThat(outcomes.get(0)).isInstanceOf(Extracted.class);
    assertThat(((Rejected) outcomes.get(1)).error().reason()).isEqualTo(Reason.NOT_PDF);
    assertThat(((Rejected) outcomes.get(2)).error().reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(((Extracted) outcomes.get(3)).document().pageCount()).isEqualTo(2);
    assertThat(lastDone.get()).isEqualTo(4);
  }

  @Test
  void secondRunWithACacheExtractsNothingAgain() throws Exception {
    Path cacheDir = dir.resolve("text");
    PdfPool pool =
        new PdfPool(
            new PdfExtractor(PdfLimits.DEFAULTS), 2, Optional.of(new PdfTextCache(cacheDir)));
    List<Path> pdfs = batch();

    List<Outcome> first = pool.extractAll(pdfs, PdfPool.Progress.NONE);
    List<Outcome> second = pool.extractAll(pdfs, PdfPool.Progress.NONE);

    assertThat(((Extracted) first.get(0)).cached()).isFalse();
    assertThat(((Extracted) second.get(0)).cached()).isTrue();
    assertThat(((Extracted) second.get(3)).document())
        .isEqualTo(((Extracted) first.get(3)).document());
    String sha = ((Extracted) first.get(0)).document().sha256();
    assertThat(cacheDir.resolve(sha + ".json")).isRegularFile();
    assertThat(cacheDir.resolve(sha + ".png")).isRegularFile();
  }
}
