package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;

class IngestionTest {
  @TempDir Path dir;

  private final List<Paper> stored = new ArrayList<>();
  private final PaperWriter store =
      paper -> {
        stored.add(paper);
        return PaperWriter.Outcome.ADDED;
      };

  @Test
  void badRecordsAreCountedAndTheRestGoesIn() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("papers.jsonl"),
            """
        {"id":"a","title":"One"}
        {"id":"b"}
        not json
        {"id":"c","title":"Three","year":"soon"}
        {"id":"d","title":"Four"}
        """);
    IngestReport report =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(file));
    assertThat(stored).extracting(Paper::id).containsExactly("a", "d");
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.added()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(report.rejections())
        .extracting(IngestReport.Rejection::source)
        .containsExactly(file + ":2", file + ":3", file + ":4");
    assertThat(report.toJson().toString())
        .contains("\"rejected\":3")
        .contains("\"source\":\"" + file + ":2\"");
  }

  @Test
  void overLongValuesAreRejectedWithFieldAndLimitAndTheRestGoesIn() throws Exception {
    Path fixture = Path.of(getClass().getResource("/hostile/over-long-values.jsonl").toURI());
    IngestReport report =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(fixture));
    assertThat(stored).extracting(Paper::id).containsExactly("ok1", "ok2");
    assertThat(report.rejections())
        .extracting(r -> r.source().substring(r.source().lastIndexOf(':') + 1) + " " + r.reason())
        .containsExactly(
            "2 id: 33,001 characters, more than the limit of 512",
            "3 authors: 33,004 characters, more than the limit of 1,000",
            "4 keywords: 33,001 characters, more than the limit of 1,000",
            "5 venue: 33,001 characters, more than the limit of 1,000",
            "6 decision: 33,001 characters, more than the limit of 1,000");
  }

  @Test
  void aHugeCsvCellIsRejectedLikeAnyOtherOverLongValue() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("papers.csv"),
            "id,title,abstract\na,One,short\nb,Two," + "y".repeat(300_000) + "\n");
    IngestReport report =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(file));
    assertThat(stored).extracting(Paper::id).containsExactly("a");
    assertThat(report.rejections())
        .singleElement()
        .satisfies(
            r -> assertThat(r.reason()).startsWith("abstract: 300,000 characters, more than"));
  }

  @Test
  void utf16FilesWithAByteOrderMarkAreRead() throws Exception {
    Path little = Path.of(getClass().getResource("/hostile/utf16-le-bom.jsonl").toURI());
    Path big = Path.of(getClass().getResource("/hostile/utf16-be-bom.csv").toURI());
    IngestReport report =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(little, big));
    assertThat(report.rejections()).isEmpty();
    assertThat(stored)
        .extracting(Paper::title)
        .containsExactly("Schölkopf’s Kernels", "Bézier Curves");
  }

  @Test
  void unreadablePathsAreNamedWithTheirReasonNotJustThePath() {
    assertThat(Ingestion.reason(new java.nio.file.AccessDeniedException("/data/x")))
        .isEqualTo("permission denied");
    assertThat(Ingestion.reason(new java.nio.file.NoSuchFileException("/data/x")))
        .isEqualTo("no such file");
    assertThat(Ingestion.reason(new IOException("disk on fire")))
        .isEqualTo("IOException: disk on fire");
  }

  @Test
  void aMissingPathIsRejectedNotFatal() throws IOException {
    Path good = Files.writeString(dir.resolve("ok.jsonl"), "{\"id\":\"a\",\"title\":\"One\"}\n");
    IngestReport report =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(dir.resolve("missing.jsonl"), good));
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("no such file or directory"));
  }

  @Test
  void directoriesAreWalkedInNameOrderSkippingNonSources() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.jsonl"), "{\"id\":\"b\",\"title\":\"B\"}\n");
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    Files.writeString(dir.resolve("README.md"), "# not data\n");
    new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
        .run(List.of(dir));
    assertThat(stored).extracting(Paper::id).containsExactly("a", "b");
  }

  @Test
  void aFailingStoreStopsTheRunWithItsError() throws IOException {
    Path file = Files.writeString(dir.resolve("p.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    PaperWriter broken =
        paper -> {
          throw new IOException("disk full");
        };
    assertThatThrownBy(
            () ->
                new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, broken, IngestProgress.NONE)
                    .run(List.of(file)))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void sideFilesInAFolderOfPdfsAreSkippedButReadWhenNamedThemselves() throws IOException {
    Path pdfs = Files.createDirectories(dir.resolve("pdfs"));
    Files.writeString(pdfs.resolve("a.pdf"), "%PDF-1.4 not really");
    Path manifest =
        Files.writeString(pdfs.resolve("MANIFEST.tsv"), "id\ttitle\nm1\tFrom the manifest\n");
    Path meta = Files.createDirectories(dir.resolve("meta"));
    Files.writeString(meta.resolve("papers.jsonl"), "{\"id\":\"j1\",\"title\":\"Metadata\"}\n");

    IngestReport walked =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(dir));

    assertThat(stored).extracting(Paper::id).containsExactly("j1");
    assertThat(walked.skipped()).containsExactly(manifest.toString());
    assertThat(walked.toText(5)).contains("skipped 1 side file in folders of PDFs", "MANIFEST.tsv");
    assertThat(walked.toJson().get("skipped").toString()).contains("MANIFEST.tsv");

    stored.clear();
    IngestReport named =
        new Ingestion(Optional.empty(), ReadOptions.DEFAULTS, store, IngestProgress.NONE)
            .run(List.of(manifest));
    assertThat(stored).extracting(Paper::id).containsExactly("m1");
    assertThat(named.skipped()).isEmpty();
  }
}
