package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.ingest.CollectingSink.Rejected;
import org.paperscope.paper.Paper;

class BeirCorpusReaderTest {
  private final BeirCorpusReader reader = new BeirCorpusReader();

  @TempDir Path dir;

  @Test
  void readsIdTitleAndTextAndIgnoresMetadata() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            """
            {"_id": "4983", "title": "Microstructural development.", "text": "Alterations  of the\\narchitecture.", "metadata": {"url": "x"}}
            {"_id": 12, "title": "Numeric id", "text": ""}
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.papers())
        .containsExactly(
            Paper.builder("4983", "Microstructural development.")
                .abstractText("Alterations of the architecture.")
                .build(),
            Paper.builder("12", "Numeric id").build());
  }

  @Test
  void rejectsDocumentsWithoutIdOrTitle() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            """
            {"_id": "1", "title": "", "text": "Only text."}
            {"id": "2", "title": "Wrong id field", "text": "x"}
            {"_id": "3", "title": "Fine", "text": 5}
            {"_id": "4", "title": "Fine", "text": "ok"}
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(file + ":1", "missing title"),
            new Rejected(file + ":2", "missing _id"),
            new Rejected(file + ":3", "text: expected a string, got 5"));
    assertThat(sink.ids()).containsExactly("4");
  }

  @Test
  void givesPapersOnlyTheVenueAndYearOfTheOptions() throws IOException {
    Path file =
        Files.writeString(dir.resolve("scifact2020.jsonl"), "{\"_id\": \"1\", \"title\": \"T\"}\n");

    Paper plain = CollectingSink.read(reader, file).papers().get(0);
    Paper withOptions =
        CollectingSink.read(reader, file, new ReadOptions(Map.of(), "SciFact", 2020))
            .papers()
            .get(0);

    assertThat(plain.venue()).isNull();
    assertThat(plain.year()).isNull();
    assertThat(withOptions.venue()).isEqualTo("SciFact");
    assertThat(withOptions.year()).isEqualTo(2020);
  }

  @Test
  void readsTheWholeSciFactCorpus() throws IOException {
    Path file = SharedData.file("beir-scifact/corpus.jsonl");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(5183);
    assertThat(sink.ids()).doesNotHaveDuplicates();
    Paper first = sink.papers().get(0);
    assertThat(first.id()).isEqualTo("4983");
    assertThat(first.title())
        .isEqualTo(
            "Microstructural development of human newborn cerebral white matter assessed in vivo"
                + " by diffusion tensor magnetic resonance imaging.");
    assertThat(first.abstractText()).startsWith("Alterations of the architecture of cerebral");
    assertThat(sink.acceptedSources().get(5182)).isEqualTo(file + ":5183");
  }
}
