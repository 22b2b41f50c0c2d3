package org.paperscope.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;

class EnrichmentRunTest {
  @TempDir Path dir;

  @Test
  void pendingPapersAreEnrichedSearchableAndNotComputedTwice() throws Exception {
    EchoEnrichment echo = new EchoEnrichment("1");
    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(echo));
    ingest(enrichments, papers(5));
    assertThat(search("text:echoed")).isZero();

    EnrichmentReport report = run(enrichments, 2, false);
    assertThat(report.tallies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.pending()).isEqualTo(5);
              assertThat(t.computed()).isEqualTo(5);
            });
    assertThat(search("text:echoed")).isEqualTo(5);
    assertThat(search("paper")).isEqualTo(5);

    EnrichmentReport again = run(enrichments, 2, false);
    assertThat(again.pending()).isZero();
    assertThat(echo.computed).hasValue(5);
  }

  @Test
  void aPaperWrittenAfterItsResultWasStoredTakesItWithoutAnyRun() throws Exception {
    Map<String, FullText> stored = new ConcurrentHashMap<>();
    Enrichments first = Enrichments.of(DataDir.of(dir), List.of(new EchoEnrichment("1", stored)));
    ingest(first, papers(3));
    run(first, 10, false);

    EchoEnrichment fresh = new EchoEnrichment("1", stored);
    Enrichments second = Enrichments.of(DataDir.of(dir), List.of(fresh));
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(dir).index(), 16, 1, second)) {
      writer.rebuildAll(count -> {});
      writer.commit();
    }
    assertThat(run(second, 10, false).pending()).isZero();
    assertThat(fresh.computed).hasValue(0);
    assertThat(search("text:echoed")).isEqualTo(3);
  }

  @Test
  void papersWithoutInputAreNotPendingAndFailuresAreCountedLoggedAndRetriedOnRequest()
      throws Exception {
    EchoEnrichment echo = new EchoEnrichment("1");
    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(echo));
    List<Paper> papers = new ArrayList<>(papers(2));
    papers.add(Paper.builder("none", "No abstract").build());
    papers.add(EnrichmentsTest.paper("bad", "a broken abstract"));
    ingest(enrichments, papers);

    EnrichmentReport.Tally tally = run(enrichments, 10, false).tallies().get(0);
    assertThat(tally.pending()).isEqualTo(3);
    assertThat(tally.computed()).isEqualTo(2);
    assertThat(tally.failed()).isEqualTo(1);
    assertThat(tally.failures()).containsExactly("bad: cannot echo a broken abstract");
    assertThat(run(enrichments, 10, false).pending()).isZero();

    EnrichmentReport.Tally retried = run(enrichments, 10, true).tallies().get(0);
    assertThat(retried.pending()).isEqualTo(1);
    assertThat(retried.failed()).isEqualTo(1);
    assertThat(echo.computed).hasValue(4);
  }

  @Test
  void aRunThatDiesKeepsItsCommittedBatchesAndTheNextRunGoesOn() throws Exception {
    Map<String, FullText> stored = new ConcurrentHashMap<>();
    EchoEnrichment echo = new EchoEnrichment("1", stored);
    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(echo));
    ingest(enrichments, papers(10));
    EnrichmentRun.Progress dies =
        (name, done, total) -> {
          if (done >= 4) {
            throw new IllegalStateException("killed");
          }
        };
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(DataDir.of(dir).index(), 16, 1, enrichments)) {
      EnrichmentRun run = new EnrichmentRun(enrichments, 1, 4, dies);
      assertThatThrownBy(() -> run.run(writer, Optional.empty(), false)).hasMessage("killed");
    }
    assertThat(search("text:echoed")).isEqualTo(4);

    EnrichmentReport.Tally rest = run(enrichments, 4, false).tallies().get(0);
    assertThat(rest.pending()).isEqualTo(6);
    assertThat(search("text:echoed")).isEqualTo(10);
  }

  @Test
  void aNewVersionMakesEveryPaperPendingAgain() throws Exception {
    Enrichments v1 = Enrichments.of(DataDir.of(dir), List.of(new EchoEnrichment("1")));
    ingest(v1, papers(3));
    run(v1, 10, false);
    Enrichments v2 = Enrichments.of(DataDir.of(dir), List.of(new EchoEnrichment("2")));
    assertThat(run(v2, 10, false).tallies().get(0).computed()).isEqualTo(3);
  }

  private void ingest(Enrichments enrichments, List<Paper> papers) throws IOException {
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(DataDir.of(dir).index(), 16, 1, enrichments)) {
      for (Paper paper : papers) {
        writer.upsert(paper);
      }
      writer.commit();
    }
  }

  private EnrichmentReport run(Enrichments enrichments, int batch, boolean retryFailed)
      throws Exception {
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(DataDir.of(dir).index(), 16, 1, enrichments)) {
      return new EnrichmentRun(enrichments, 2, batch, EnrichmentRun.Progress.NONE)
          .run(writer, Optional.empty(), retryFailed);
    }
  }

  private long search(String query) throws Exception {
    try (PaperSearch papers = SearchBackend.openConfigured(DataDir.of(dir), QueryLimits.DEFAULTS)) {
      return papers.search(SearchRequest.of(query)).total();
    }
  }

  private static List<Paper> papers(int count) {
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      papers.add(EnrichmentsTest.paper("p" + i, "A paper about topic " + i));
    }
    return papers;
  }
}
