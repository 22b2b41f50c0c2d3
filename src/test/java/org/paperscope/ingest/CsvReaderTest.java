package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.ingest.CollectingSink.Rejected;
import org.paperscope.paper.Paper;

class CsvReaderTest {
  private final CsvReader reader = new CsvReader();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void readsRecordsByHeaderNameWithMultiLineQuotedFields() throws IOException {
    Path file =
        write(
            "papers.csv",
            """
            id,title,authors,abstract,keywords,year,decision,rating,pdf
            p1,"Deep Nets, Revisited",Ann|Bob,"First line
            second ""quoted"" line",rl|planning,2020,Poster,4;6,https://x.org/p1.pdf
            p2,Plain,Cy,Short.,,2021,,,
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    Paper p1 = sink.paper("p1");
    assertThat(p1.title()).isEqualTo("Deep Nets, Revisited");
    assertThat(p1.authors()).containsExactly("Ann", "Bob");
    assertThat(p1.abstractText()).isEqualTo("First line second \"quoted\" line");
    assertThat(p1.keywords()).containsExactly("rl", "planning");
    assertThat(p1.year()).isEqualTo(2020);
    assertThat(p1.decision()).isEqualTo("Poster");
    assertThat(p1.rating()).isEqualTo(5.0);
    assertThat(p1.links().pdf()).isEqualTo("https://x.org/p1.pdf");
    assertThat(sink.paper("p2").keywords()).isEmpty();
    assertThat(sink.acceptedSources()).containsExactly(file + ":2", file + ":4");
  }

  @Test
  void matchesHeaderAliasesIgnoringCase() throws IOException {
    Path file =
        write(
            "aliases.csv",
            "UID, Title ,Author,Summary,Tags,Status,GitHub,URL\n"
                + "u1,T,Ann;Bob,Abs.,a;b,Reject,github.com/x/y,https://openreview.net/forum?id=u1\n");

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.id()).isEqualTo("u1");
    assertThat(paper.authors()).containsExactly("Ann", "Bob");
    assertThat(paper.abstractText()).isEqualTo("Abs.");
    assertThat(paper.keywords()).containsExactly("a", "b");
    assertThat(paper.decision()).isEqualTo("Reject");
    assertThat(paper.links().code()).isEqualTo("https://github.com/x/y");
    assertThat(paper.links().forum()).isEqualTo("https://openreview.net/forum?id=u1");
  }

  @Test
  void parsesPythonListLiteralsIncludingApostrophesInNames() throws IOException {
    Path file =
        write(
            "arxiv.csv",
            """
            index,title,tags,authors
            2505.1,T,"['math.ST', 'stat.ML']","['Jorge Cortes', ""Emiliano Dall'Anese""]"
            2505.2,U,[],"[""Ken'ichi Yoshida""]"
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.paper("2505.1").keywords()).containsExactly("math.ST", "stat.ML");
    assertThat(sink.paper("2505.1").authors())
        .containsExactly("Jorge Cortes", "Emiliano Dall'Anese");
    assertThat(sink.paper("2505.2").keywords()).isEmpty();
    assertThat(sink.paper("2505.2").authors()).containsExactly("Ken'ichi Yoshida");
  }

  @Test
  void rejectsABrokenListLiteral() throws IOException {
    Path file = write("bad-list.csv", "id,title,tags\na,A,\"['x', y]\"\nb,B,\"['z']\"\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("b");
    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(
                file + ":2",
                "tags: malformed list literal (expected a quoted string at character 7)"));
  }

  @Test
  void userColumnMappingOverridesTheAliases() throws IOException {
    Path file = write("custom.csv", "key,name,title\nk1,Real Title,Not This\n");

    Paper paper =
        CollectingSink.read(
                reader, file, new ReadOptions(Map.of("id", "key", "Title", "NAME"), null, null))
            .papers()
            .get(0);

    assertThat(paper.id()).isEqualTo("k1");
    assertThat(paper.title()).isEqualTo("Real Title");
  }

  @Test
  void rejectsAMappingToAnUnknownFieldOrAMissingColumn() throws IOException {
    Path file = write("m.csv", "id,title\na,A\n");

    assertThatThrownBy(
            () ->
                CollectingSink.read(
                    reader, file, new ReadOptions(Map.of("titel", "x"), null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown paper field \"titel\"");
    assertThatThrownBy(
            () ->
                CollectingSink.read(
                    reader, file, new ReadOptions(Map.of("title", "name"), null, null)))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ":1: no column \"name\" for title; header: [id, title]");
  }

  @Test
  void failsWithoutAHeaderOrWithoutIdAndTitleColumns() throws IOException {
    Path empty = write("empty.csv", "");
    Path noId = write("qrels.tsv", "query-id\tcorpus-id\tscore\n1\t31715818\t1\n");

    assertThatThrownBy(() -> CollectingSink.read(reader, empty))
        .isInstanceOf(IOException.class)
        .hasMessage(empty + ":1: empty file, expected a header row");
    Path brokenHeader = write("broken.csv", "id,\"title\n");
    assertThatThrownBy(() -> CollectingSink.read(reader, brokenHeader))
        .isInstanceOf(IOException.class)
        .hasMessage(
            brokenHeader
                + ":1: invalid CSV header: EOF reached before encapsulated token finished");
    assertThatThrownBy(() -> CollectingSink.read(reader, noId))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(noId + ":1: no id column (looked for [id, uid, paper_id");
  }

  @Test
  void rejectsBadRecordsAtTheirStartLineAndReadsOn() throws IOException {
    Path file =
        write(
            "bad.csv",
            """
            id,title,year,rating
            a,"Multi
            line title",19x9,
            b,,2020,
            ,No id,2020,
            c,C,1850,
            d,D,2020,4;bad
            e,E,2020
            f,F,2020,5,extra
            ok,Fine,2020,5
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(file + ":2", "year: expected an integer, got \"19x9\""),
            new Rejected(file + ":4", "missing title"),
            new Rejected(file + ":5", "missing id"),
            new Rejected(file + ":6", "year: 1850 is outside 1900..2100"),
            new Rejected(file + ":7", "rating: expected a number, got \"bad\""),
            new Rejected(file + ":8", "expected 4 fields, got 3"),
            new Rejected(file + ":9", "expected 4 fields, got 5"));
    assertThat(sink.acceptedSources()).containsExactly(file + ":10");
  }

  @Test
  void stopsAtAnUnterminatedQuoteButKeepsTheRecordsBeforeIt() throws IOException {
    Path file = write("open.csv", "id,title\na,A\nb,B\nc,\"Never closed\nd,D\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(
                file + ":4",
                "invalid CSV, stopped reading: EOF reached before encapsulated token finished"));
  }

  @Test
  void stopsAtTextAfterAClosingQuote() throws IOException {
    Path file = write("trail.csv", "id,title\na,A\nb,\"He said \"hi\" there\"\nc,C\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a");
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(file + ":3");
              assertThat(r.reason()).startsWith("invalid CSV, stopped reading: Invalid character");
            });
  }

  @Test
  void skipsBlankLinesAndHandlesCrLfAndAByteOrderMark() throws IOException {
    Path file = write("crlf.csv", "\uFEFFid,title\r\n\r\na,\"A\r\nA\"\r\n\r\nb,B\r\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.acceptedSources()).containsExactly(file + ":3", file + ":6");
  }

  @Test
  void takesVenueAndYearFromTheParentDirectoryAndPrefixesNumericIds() throws IOException {
    Path file = write("miniconf-iclr2020/papers.csv", "id,title\n12,A\nB1x,B\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("iclr2020-12", "B1x");
    assertThat(sink.papers()).extracting(Paper::venue).containsOnly("ICLR");
    assertThat(sink.papers()).extracting(Paper::year).containsOnly(2020);
  }

  @Test
  void readsTabSeparatedFilesWithoutQuoting() throws IOException {
    Path file =
        write(
            "list.tsv",
            "paper_id\ttitle\tkeywords\n"
                + "x1\t\"Hey, that's not an ODE\": Faster\tdeep learning, gans\n");

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.id()).isEqualTo("x1");
    assertThat(paper.title()).isEqualTo("\"Hey, that's not an ODE\": Faster");
    assertThat(paper.keywords()).containsExactly("deep learning", "gans");
  }

  @Test
  void readsTheMiniConfIclr2020Papers() throws IOException {
    Path file = SharedData.file("iclr-openreview/miniconf-iclr2020/papers.csv");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(687);
    assertThat(sink.papers()).extracting(Paper::venue).containsOnly("ICLR");
    assertThat(sink.papers()).extracting(Paper::year).containsOnly(2020);
    Paper first = sink.papers().get(0);
    assertThat(first.id()).isEqualTo("B1xSperKvH");
    assertThat(first.authors())
        .containsExactly(
            "Nitin Rathi", "Gopalakrishnan Srinivasan", "Priyadarshini Panda", "Kaushik Roy");
    assertThat(first.keywords()).containsExactly("imagenet");
    assertThat(sink.acceptedSources()).contains(file + ":5", file + ":7", file + ":1106");
  }

  @Test
  void readsTheArxivMathCsvWithListLiterals() throws IOException {
    Path file = SharedData.file("arxiv-samples/clopezvice-math/arxiv_data.csv");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(3397);
    assertThat(sink.paper("2505.24868").keywords()).containsExactly("math.ST", "stat.ML");
    assertThat(sink.paper("2505.22399").authors()).contains("Emiliano Dall'Anese");
    assertThat(sink.accepted.get(sink.accepted.size() - 1).source()).isEqualTo(file + ":4213");
  }

  @Test
  void readsTheEvanzdIclr2021TabSeparatedList() throws IOException {
    CollectingSink sink =
        CollectingSink.read(
            reader, SharedData.file("iclr-openreview/evanzd-iclr2021/paperlist.tsv"));

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(2966);
    Paper first = sink.paper("1Fqg133qRaI");
    assertThat(first.venue()).isEqualTo("ICLR");
    assertThat(first.year()).isEqualTo(2021);
    assertThat(first.links().forum()).isEqualTo("https://openreview.net/forum?id=1Fqg133qRaI");
    assertThat(first.keywords()).startsWith("deep learning", "generative model");
    assertThat(sink.paper("MWj_P-Lk3jC").abstractText()).startsWith("\"``Nonstationarity\" is");
  }
}
