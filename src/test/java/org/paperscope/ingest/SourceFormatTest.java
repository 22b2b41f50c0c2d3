package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperscope.fixtures.SharedData;

class SourceFormatTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @ParameterizedTest
  @CsvSource({
    "jsonl, JSONL",
    "conference-json, CONFERENCE_JSON",
    "openreview, CONFERENCE_JSON",
    "' CSV ', CSV",
    "arxiv-atom, ARXIV_ATOM",
    "arxiv_snapshot, ARXIV_SNAPSHOT",
    "BEIR, BEIR"
  })
  void parsesFormatNamesAndAliasesIgnoringCase(String name, SourceFormat expected) {
    assertThat(SourceFormat.parse(name)).isEqualTo(expected);
  }

  @Test
  void rejectsAnUnknownNameListingTheValidOnes() {
    assertThatThrownBy(() -> SourceFormat.parse("bibtex"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown format \"bibtex\"; valid formats: jsonl, conference-json (alias openreview),"
                + " csv, arxiv-atom, arxiv-snapshot, beir");
  }

  @Test
  void eachFormatHasItsReader() {
    assertThat(SourceFormat.JSONL.reader()).isInstanceOf(JsonLinesReader.class);
    assertThat(SourceFormat.CONFERENCE_JSON.reader()).isInstanceOf(ConferenceJsonReader.class);
    assertThat(SourceFormat.CSV.reader()).isInstanceOf(CsvReader.class);
    assertThat(SourceFormat.ARXIV_ATOM.reader()).isInstanceOf(ArxivAtomReader.class);
    assertThat(SourceFormat.ARXIV_SNAPSHOT.reader()).isInstanceOf(ArxivSnapshotReader.class);
    assertThat(SourceFormat.BEIR.reader()).isInstanceOf(BeirCorpusReader.class);
  }

  @Test
  void detectsByExtensionFirst() throws IOException {
    assertThat(SourceFormat.detect(write("a.csv", "{\"id\": 1}"))).contains(SourceFormat.CSV);
    assertThat(SourceFormat.detect(write("a.TSV", "id\ttitle\n"))).contains(SourceFormat.CSV);
    assertThat(SourceFormat.detect(write("a.xml", "[]"))).contains(SourceFormat.ARXIV_ATOM);
    assertThat(SourceFormat.detect(write("a.atom", ""))).contains(SourceFormat.ARXIV_ATOM);
  }

  @Test
  void detectsByTheFirstCharacterAndTheFirstRecord() throws IOException {
    assertThat(SourceFormat.detect(write("feed", "\uFEFF  \n<?xml version=\"1.0\"?><feed/>")))
        .contains(SourceFormat.ARXIV_ATOM);
    assertThat(SourceFormat.detect(write("iclr2018.json", "\n  [ {\"id\": \"a\"} ]")))
        .contains(SourceFormat.CONFERENCE_JSON);
    assertThat(
            SourceFormat.detect(
                write("corpus.jsonl", "{\"_id\": \"1\", \"title\": \"T\"}\n{\"_id\": \"2\"}\n")))
        .contains(SourceFormat.BEIR);
    assertThat(
            SourceFormat.detect(
                write(
                    "snap.json",
                    "{\"id\": \"0704.0001\", \"categories\": \"hep-ph\", \"update_date\":"
                        + " \"2008-11-26\"}\n")))
        .contains(SourceFormat.ARXIV_SNAPSHOT);
    assertThat(
            SourceFormat.detect(
                write(
                    "snap2.json",
                    "{\"id\": \"1\", \"categories\": \"cs.LG\", \"authors_parsed\": []}\n")))
        .contains(SourceFormat.ARXIV_SNAPSHOT);
    assertThat(
            SourceFormat.detect(
                write("ours.jsonl", "{\"id\": \"a\", \"categories\": [\"x\"]}\n{\"id\": \"b\"}\n")))
        .contains(SourceFormat.JSONL);
    assertThat(SourceFormat.detect(write("broken.jsonl", "{\"id\": ,}\n{\"id\": \"b\"}\n")))
        .contains(SourceFormat.JSONL);
  }

  @Test
  void detectsNothingInAnEmptyOrUnrecognisedFile() throws IOException {
    assertThat(SourceFormat.detect(write("empty.json", "  \n"))).isEqualTo(Optional.empty());
    assertThat(SourceFormat.detect(write("notes.json", "hello"))).isEqualTo(Optional.empty());
    assertThat(SourceFormat.detect(write("labels.json", "{\n  \"rl\": \"RL\"\n}\n")))
        .isEqualTo(Optional.empty());
    assertThat(SourceFormat.detect(write("lines.json", "[[\"title\", 1], [\"abstract\", 2]]")))
        .isEqualTo(Optional.empty());
    assertThat(SourceFormat.detect(write("none.json", "[]")))
        .contains(SourceFormat.CONFERENCE_JSON);
  }

  @Test
  void detectsTheFormatOfEachSharedDataFile() throws IOException {
    assertThat(SourceFormat.detect(SharedData.file("iclr-openreview/iclr2019.joined.jsonl")))
        .contains(SourceFormat.JSONL);
    assertThat(SourceFormat.detect(SharedData.file("iclr-openreview/iclr2021.joined.jsonl")))
        .contains(SourceFormat.JSONL);
    assertThat(SourceFormat.detect(SharedData.file("iclr-openreview/papercopilot/iclr2018.json")))
        .contains(SourceFormat.CONFERENCE_JSON);
    assertThat(SourceFormat.detect(SharedData.file("ml-conference-papers/icml/icml2019.json")))
        .contains(SourceFormat.CONFERENCE_JSON);
    assertThat(
            SourceFormat.detect(SharedData.file("arxiv-samples/lthei-cs-2026/arxiv_papers.json")))
        .contains(SourceFormat.CONFERENCE_JSON);
    assertThat(SourceFormat.detect(SharedData.file("iclr-openreview/miniconf-iclr2020/papers.csv")))
        .contains(SourceFormat.CSV);
    assertThat(SourceFormat.detect(SharedData.file("arxiv-samples/clopezvice-math/arxiv_data.csv")))
        .contains(SourceFormat.CSV);
    assertThat(SourceFormat.detect(SharedData.file("beir-scifact/corpus.jsonl")))
        .contains(SourceFormat.BEIR);
  }

  @Test
  void detectedFormatsReadTheirFilesWithoutRejections() throws IOException {
    Path atom = write("feed.xml", ArxivAtomReaderTest.FEED);
    Path snapshot = write("snapshot.json", ArxivSnapshotReaderTest.FIRST_RECORD);

    for (Path file : new Path[] {atom, snapshot}) {
      CollectingSink sink =
          CollectingSink.read(SourceFormat.detect(file).orElseThrow().reader(), file);
      assertThat(sink.rejected).isEmpty();
      assertThat(sink.accepted).isNotEmpty();
    }
  }

  @Test
  void sharedReadersGiveEveryThreadTheSameResult() throws Exception {
    Path file = SharedData.file("iclr-openreview/papercopilot/iclr2018.json");
    PaperReader reader = SourceFormat.CONFERENCE_JSON.reader();
    List<org.paperscope.paper.Paper> expected = CollectingSink.read(reader, file).papers();

    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<CollectingSink>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> CollectingSink.read(reader, file)));
      }
      for (Future<CollectingSink> run : runs) {
        assertThat(run.get().papers()).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "iclr2018.json, true",
    "corpus.jsonl, true",
    "dump.ndjson, true",
    "papers.CSV, true",
    "paperlist.tsv, true",
    "query.xml, true",
    "feed.atom, true",
    "README.md, false",
    "README.json, false",
    "LICENSE, false",
    "license.json, false",
    "paper.pdf, false",
    ".hidden.json, false",
    "notes.txt, false"
  })
  void judgesSourceFilesByName(String name, boolean expected) {
    assertThat(SourceFormat.isSourceFile(Path.of("data", name))).isEqualTo(expected);
  }
}
