package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirFilesTest {
  @TempDir Path dir;

  @Test
  void readsCorpusInFileOrderWithMissingOrNullTitleAsEmpty() throws IOException {
    Path corpus =
        write(
            "corpus.jsonl",
            """
            {"_id": "d1", "title": "Deep nets", "text": "We train.", "metadata": {}}

            {"_id": "d2", "text": "No title here."}
            {"_id": 7, "title": null, "text": ""}
            """);
    assertThat(readCorpus(corpus))
        .containsExactly(
            new BeirDocument("d1", "Deep nets", "We train."),
            new BeirDocument("d2", "", "No title here."),
            new BeirDocument("7", "", ""));
  }

  @Test
  void corpusLineThatIsNotJsonNamesFileAndLine() throws IOException {
    Path corpus =
        write(
            "corpus.jsonl", "{\"_id\": \"d1\", \"text\": \"ok\"}\n{\"_id\": \"d2\", \"text\": \n");
    assertThatThrownBy(() -> readCorpus(corpus))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageStartingWith(corpus + ":2: not JSON")
        .satisfies(e -> assertThat(((MalformedLineException) e).lineNumber()).isEqualTo(2));
  }

  @Test
  void corpusLineWithoutIdOrTextIsRejected() throws IOException {
    Path noId = write("a.jsonl", "{\"title\": \"t\", \"text\": \"x\"}\n");
    assertThatThrownBy(() -> readCorpus(noId))
        .hasMessage(noId + ":1: missing or empty \"_id\" (string expected)");
    Path noText = write("b.jsonl", "{\"_id\": \"d\", \"title\": \"t\"}\n");
    assertThatThrownBy(() -> readCorpus(noText)).hasMessage(noText + ":1: missing \"text\"");
    Path array = write("c.jsonl", "[1, 2]\n");
    assertThatThrownBy(() -> readCorpus(array))
        .hasMessage(array + ":1: expected a JSON object, found ARRAY");
  }

  @Test
  void corpusTitleThatIsNotAStringIsRejected() throws IOException {
    Path corpus = write("corpus.jsonl", "{\"_id\": \"d\", \"title\": [\"t\"], \"text\": \"x\"}\n");
    assertThatThrownBy(() -> readCorpus(corpus))
        .hasMessage(corpus + ":1: \"title\" must be a string, found ARRAY");
  }

  @Test
  void bytesThatAreNotUtf8NameTheirLine() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    byte[] good = "{\"_id\": \"d1\", \"text\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(corpus)) {
      out.write(good);
      out.write(good);
      out.write(new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}', '\n'});
    }
    assertThatThrownBy(() -> readCorpus(corpus)).hasMessage(corpus + ":3: not valid UTF-8");
  }

  @Test
  void readsQueriesInFileOrderIgnoringMetadataAndByteOrderMark() throws IOException {
    Path queries =
        write(
            "queries.jsonl",
            "\uFEFF{\"_id\": \"3\", \"text\": \"b\", \"metadata\": {\"x\": 1}}\n"
                + "{\"_id\": \"1\", \"text\": \"a\"}\n");
    assertThat(BeirFiles.readQueries(queries)).containsExactly(entry("3", "b"), entry("1", "a"));
  }

  @Test
  void duplicateQueryIdNamesBothLines() throws IOException {
    Path queries =
        write(
            "queries.jsonl",
            "{\"_id\": \"1\", \"text\": \"a\"}\n\n{\"_id\": \"1\", \"text\": \"b\"}\n");
    assertThatThrownBy(() -> BeirFiles.readQueries(queries))
        .hasMessage(queries + ":3: duplicate query id \"1\" (first on line 1)");
  }

  @Test
  void readsGzippedFiles() throws IOException {
    Path queries = dir.resolve("queries.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(queries))) {
      out.write("{\"_id\": \"q\", \"text\": \"gz\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(BeirFiles.readQueries(queries)).containsExactly(entry("q", "gz"));
  }

  private List<BeirDocument> readCorpus(Path corpus) throws IOException {
    List<BeirDocument> docs = new ArrayList<>();
    BeirFiles.readCorpus(corpus, docs::add);
    return docs;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
