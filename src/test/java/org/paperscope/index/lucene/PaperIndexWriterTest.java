package org.paperscope.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperscope.data.DataDir;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

class PaperIndexWriterTest {
  @TempDir Path data;

  private static Paper paper(String id, String title, String abs) {
    return Paper.builder(id, title).abstractText(abs).authors(List.of("A. Author")).build();
  }

  @Test
  void reingestingTheSamePaperChangesNothing() throws Exception {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      assertThat(writer.upsert(paper("a", "Title", "Abstract")))
          .isEqualTo(PaperWriter.Outcome.ADDED);
      writer.commit();
    }
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      assertThat(writer.upsert(paper("a", "Title", "Abstract")))
          .isEqualTo(PaperWriter.Outcome.UNCHANGED);
      assertThat(writer.upsert(paper("a", "New title", "Abstract")))
          .isEqualTo(PaperWriter.Outcome.UPDATED);
      writer.commit();
    }
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(1);
      assertThat(searcher.paper("a")).get().extracting(Paper::title).isEqualTo("New title");
    }
  }

  @Test
  void aRecordWithoutAnAbstractKeepsTheStoredAbstract() throws Exception {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 2)) {
      writer.upsert(paper("a", "Title", "The abstract"));
      // Same batch, not yet committed: the merge must still see the first record.
      assertThat(writer.upsert(Paper.builder("a", "Title").keywords(List.of("gans")).build()))
          .isEqualTo(PaperWriter.Outcome.UPDATED);
      writer.commit();
    }
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      Paper merged = searcher.paper("a").orElseThrow();
      assertThat(merged.abstractText()).isEqualTo("The abstract");
      assertThat(merged.keywords()).containsExactly("gans");
      assertThat(merged.authors()).containsExactly("A. Author");
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void recordsOfOneIdInOneBatchMergeInOrderOverAnExistingPaper(int threads) throws Exception {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, threads)) {
      writer.upsert(Paper.builder("g1", "Existing").authors(List.of("A. Author")).build());
      writer.commit();
    }
    for (int round = 0; round < 20; round++) {
      try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, threads)) {
        writer.upsert(Paper.builder("g1", "Existing").abstractText("A" + round).build());
        // Other papers in between keep the workers busy, as in a real file.
        for (int i = 0; i < 50; i++) {
          writer.upsert(paper("x" + i, "Filler " + i, "Text " + round));
        }
        writer.upsert(Paper.builder("g1", "Existing").venue("V" + round).build());
        writer.upsert(Paper.builder("g1", "Existing").decision("D" + round).build());
        writer.commit();
      }
      try (PaperSearch searcher =
          SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
        Paper g1 = searcher.paper("g1").orElseThrow();
        assertThat(g1.abstractText()).isEqualTo("A" + round);
        assertThat(g1.venue()).isEqualTo("V" + round);
        assertThat(g1.decision()).isEqualTo("D" + round);
        assertThat(g1.authors()).containsExactly("A. Author");
        assertThat(searcher.paperCount()).isEqualTo(51);
      }
    }
  }

  @Test
  void anUncommittedBatchIsDiscarded() throws Exception {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      writer.upsert(paper("a", "Kept", null));
      writer.commit();
    }
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      writer.upsert(paper("b", "Lost", null));
      writer.upsert(paper("a", "Changed", null));
    }
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(1);
      assertThat(searcher.paper("a")).get().extracting(Paper::title).isEqualTo("Kept");
    }
  }

  @Test
  void aSecondWriterWaitsForTheFirstToFinish() throws Exception {
    Path index = DataDir.of(data).index();
    PaperIndexWriter first = PaperIndexWriter.open(index, 16, 1);
    first.upsert(Paper.builder("a", "A paper").build());
    first.commit();
    // The first writer holds the lock for half a second, as a server's summary commit might.
    Thread closer =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Thread.sleep(500);
                    first.close();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    try (PaperIndexWriter second = PaperIndexWriter.open(index, 16, 1)) {
      assertThat(second.paperCount()).isEqualTo(1);
    }
    closer.join();
  }
}
