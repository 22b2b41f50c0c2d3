package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.pdf.PdfRejectedException.Reason;

class PdfWorkersTest {
  private static final PdfLimits LIMITS = PdfLimits.DEFAULTS.withTimeoutMillis(100);

  @Test
  void workThatNeverChecksTheDeadlineIsAbandonedAtTheLimit() {
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                PdfWorkers.callWithin(
                    LIMITS,
                    () -> {
                      // A PDFBox loop that never calls back; it stops on the interrupt only so that
                      // the test
                      // does not leave a spinning thread behind.
                      while (!Thread.currentThread().isInterrupted()) {
                        Math.sqrt(System.nanoTime());
                      }
                      return "too late";
                    }))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
        .hasMessage("extraction took longer than 100 ms");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void strippingWithAPassedDeadlineStopsCooperatively() {
    PdfDeadline passed = PdfDeadline.inMillis(-1);

    assertThatThrownBy(passed::check).isInstanceOf(PdfDeadline.ExceededException.class);
  }

  @Test
  void uncheckedFailureInsidePdfBoxBecomesACorruptRejection() {
    assertThatThrownBy(() -> PdfWorkers.callWithin(LIMITS, () -> List.of().getFirst()))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
        .hasMessageStartingWith("corrupt PDF: ");
  }

  @Test
  void stackOverflowFromDeeplyNestedObjectsIsARejection() {
    assertThatThrownBy(
            () ->
                PdfWorkers.callWithin(
                    LIMITS,
                    () -> {
                      throw new StackOverflowError();
                    }))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void resultIsReturnedWithinTheLimit() throws Exception {
    assertThat(PdfWorkers.callWithin(LIMITS, () -> "done")).isEqualTo("done");
  }
}
