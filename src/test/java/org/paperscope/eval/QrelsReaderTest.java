package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrelsReaderTest {
  @TempDir Path dir;

  @Test
  void readsBeirTsvWithHeaderAndCrlfLineEnds() throws IOException {
    Path file =
        write(
            "test.tsv", "query-id\tcorpus-id\tscore\r\n1\t31715818\t1\r\n1\td2\t0\r\n3\td9\t2\r\n");
    Qrels qrels = Qrels.read(file);
    assertThat(qrels.queryIds()).containsExactly("1", "3");
    assertThat(qrels.judgments("1")).containsExactly(Map.entry("31715818", 1), Map.entry("d2", 0));
    assertThat(qrels.judgments("3")).containsExactly(Map.entry("d9", 2));
    assertThat(qrels.relevantCount("1")).isEqualTo(1);
    assertThat(qrels.size()).isEqualTo(3);
  }

  @Test
  void readsTrecQrelsIgnoringTheIterationColumn() throws IOException {
    Path file = write("qrels.txt", "1 0 31715818 1\n\n2  Q0\td7   0\n");
    Qrels qrels = Qrels.read(file);
    assertThat(qrels.judgments("1")).containsExactly(Map.entry("31715818", 1));
    assertThat(qrels.judgments("2")).containsExactly(Map.entry("d7", 0));
    assertThat(qrels.queryIdsWithRelevant()).containsExactly("1");
    assertThat(QrelsReader.readTrec(file).size()).isEqualTo(2);
  }

  @Test
  void beirLineWithWrongFieldCountNamesFileAndLine() throws IOException {
    Path file = write("test.tsv", "query-id\tcorpus-id\tscore\n1\td1\t1\n1 d2 1\n");
    assertThatThrownBy(() -> Qrels.read(file))
        .isInstanceOf(MalformedLineException.class)
        .hasMessage(
            file + ":3: expected 3 tab-separated fields (query-id, corpus-id, score), found 1");
  }

  @Test
  void gradeThatIsNotAnIntegerIsRejected() throws IOException {
    Path file = write("qrels.txt", "1 0 d1 1\n1 0 d2 high\n");
    assertThatThrownBy(() -> Qrels.read(file))
        .hasMessage(file + ":2: grade \"high\" is not an integer");
  }

  @Test
  void trecLineWithWrongFieldCountHintsAtMissingBeirHeader() throws IOException {
    Path file = write("test.tsv", "1\td1\t1\n");
    assertThatThrownBy(() -> Qrels.read(file))
        .hasMessage(
            file
                + ":1: expected 4 fields (qid iter docid grade), found 3; a BEIR TSV must start"
                + " with its header line");
  }

  @Test
  void readBeirTsvRequiresTheHeader() throws IOException {
    Path file = write("test.tsv", "1\td1\t1\n");
    assertThatThrownBy(() -> QrelsReader.readBeirTsv(file))
        .hasMessage(file + ":1: expected the BEIR header \"query-id<TAB>corpus-id<TAB>score\"");
  }

  @Test
  void documentJudgedTwiceForOneQueryIsRejected() throws IOException {
    Path file = write("qrels.txt", "1 0 d1 1\n2 0 d1 1\n1 0 d1 0\n");
    assertThatThrownBy(() -> Qrels.read(file))
        .hasMessage(file + ":3: query 1 judges document d1 again (first on line 1)");
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> Qrels.read(dir.resolve("nope.tsv"))).isInstanceOf(IOException.class);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
