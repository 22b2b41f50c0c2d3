package org.paperscope.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.paper.Paper;

class EnrichmentsTest {
  @TempDir Path dir;

  @Test
  void aPaperWithoutInputHasNothingPending() {
    EchoEnrichment echo = new EchoEnrichment("1");
    PaperEnrichments resolved =
        Enrichments.of(DataDir.of(dir), List.of(echo)).resolve(Paper.builder("a", "A").build());
    assertThat(resolved.applied()).containsExactly("echo/1");
    assertThat(resolved.results()).isEmpty();
    assertThat(resolved.present()).isEmpty();
  }

  @Test
  void aPaperWhoseResultIsNotStoredIsPending() {
    EchoEnrichment echo = new EchoEnrichment("1");
    PaperEnrichments resolved =
        Enrichments.of(DataDir.of(dir), List.of(echo)).resolve(paper("a", "words"));
    assertThat(resolved.applied()).isEmpty();
    assertThat(resolved.results()).isEmpty();
  }

  @Test
  void aStoredResultIsTakenAndMarked() throws Exception {
    EchoEnrichment echo = new EchoEnrichment("1");
    Paper paper = paper("a", "words");
    echo.compute(paper, echo.contentKey(paper).orElseThrow());
    PaperEnrichments resolved = Enrichments.of(DataDir.of(dir), List.of(echo)).resolve(paper);
    assertThat(resolved.results()).containsExactly(new FullText("echoed words", null));
    assertThat(resolved.applied()).containsExactly("echo/1");
    assertThat(resolved.present()).containsExactly("echo");
    assertThat(resolved.failed()).isEmpty();
  }

  @Test
  void aLoggedFailureIsAppliedAndMarkedFailedUntilItsVersionChanges() {
    EchoEnrichment echo = new EchoEnrichment("1");
    Paper paper = paper("a", "broken words");
    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(echo));
    enrichments.failures().orElseThrow().record(echo, echo.contentKey(paper).orElseThrow(), "no");
    assertThat(enrichments.resolve(paper).applied()).containsExactly("echo/1");
    assertThat(enrichments.resolve(paper).failed()).containsExactly("echo/1");

    EchoEnrichment newer = new EchoEnrichment("2");
    PaperEnrichments again = Enrichments.of(DataDir.of(dir), List.of(newer)).resolve(paper);
    assertThat(again.applied()).isEmpty();
    assertThat(again.failed()).isEmpty();
  }

  @Test
  void noEnrichmentsResolveToNothing() {
    assertThat(Enrichments.NONE.resolve(paper("a", "words"))).isEqualTo(PaperEnrichments.NONE);
  }

  static Paper paper(String id, String abstractText) {
    return Paper.builder(id, "Title " + id).abstractText(abstractText).build();
  }
}
