package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.ingest.CollectingSink.Rejected;
import org.paperscope.paper.Paper;

class ArxivSnapshotReaderTest {
  /** The first record of the Kaggle snapshot, abstract cut short. */
  static final String FIRST_RECORD =
      """
      {"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal\\\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",\
      "title":"Calculation of prompt diphoton production cross sections at Tevatron and\\n  LHC energies",\
      "comments":"37 pages, 15 figures; published version","journal-ref":"Phys.Rev.D76:013009,2007",\
      "doi":"10.1103/PhysRevD.76.013009","report-no":"ANL-HEP-PR-07-12","categories":"hep-ph","license":null,\
      "abstract":"  A fully differential calculation in perturbative quantum chromodynamics is\\npresented.\\n",\
      "versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],\
      "update_date":"2008-11-26",\
      "authors_parsed":[["Bal\\u00e1zs","C.",""],["Berger","E. L.",""],["Nadolsky","P. M.",""],["Yuan","C. -P.",""]]}
      """;

  private final ArxivSnapshotReader reader = new ArxivSnapshotReader();

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return Files.writeString(
        dir.resolve("arxiv-metadata-oai-snapshot.json"), String.join("", lines));
  }

  @Test
  void readsASnapshotRecord() throws IOException {
    Path file = write(FIRST_RECORD);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    Paper paper = sink.papers().get(0);
    assertThat(paper.id()).isEqualTo("0704.0001");
    assertThat(paper.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC"
                + " energies");
    assertThat(paper.authors())
        .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
    assertThat(paper.abstractText())
        .isEqualTo(
            "A fully differential calculation in perturbative quantum chromodynamics is"
                + " presented.");
    assertThat(paper.keywords()).containsExactly("hep-ph");
    assertThat(paper.venue()).isEqualTo("arXiv");
    assertThat(paper.year()).isEqualTo(2007);
    assertThat(paper.links().pdf()).isEqualTo("https://arxiv.org/pdf/0704.0001");
    assertThat(paper.links().forum()).isEqualTo("https://arxiv.org/abs/0704.0001");
    assertThat(sink.acceptedSources()).containsExactly(file + ":1");
  }

  @Test
  void splitsTheAuthorsStringWhenThereIsNoParsedListAndDecodesTexAccents() throws IOException {
    Path file =
        write(
            """
            {"id":"hep-th/9901001","authors":"J. M\\\\\\"uller, A. Smith and B. Jones",\
            "title":"Schr\\\\\\"{o}dinger meets {\\\\o}stergaard","categories":"hep-th math-ph","update_date":"2009-10-31"}
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.id()).isEqualTo("hep-th/9901001");
    assertThat(paper.authors()).containsExactly("J. Müller", "A. Smith", "B. Jones");
    assertThat(paper.title()).isEqualTo("Schrödinger meets østergaard");
    assertThat(paper.keywords()).containsExactly("hep-th", "math-ph");
    assertThat(paper.year()).isEqualTo(2009);
  }

  @Test
  void rejectsMalformedRecordsAndReadsOn() throws IOException {
    Path file =
        write(
            "{\"id\":\"1\",\"title\":\"T\",\"update_date\":\"26/11/2008\"}\n",
            "{\"id\":\"2\",\"title\":\"T\",\"versions\":[{\"created\":\"yesterday\"}]}\n",
            "{\"id\":\"3\",\"title\":\"T\",\"categories\":42}\n",
            "{\"title\":\"No id\"}\n",
            "{\"id\":\"4\",\"title\":\"T\",\"authors_parsed\":[\"Flat string\"]}\n",
            "{\"id\":\"5\",\"title\":\"T\",\"update_date\":\"1850-01-01\"}\n",
            "{\"id\":\"2101.00001\",\"title\":\"Fine\",\"update_date\":\"2021-01-05\"}\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(
                file + ":1",
                "update_date: expected a date like \"2008-11-26\", got \"26/11/2008\""),
            new Rejected(
                file + ":2",
                "versions[0].created: expected a date like \"Mon, 2 Apr 2007 19:18:42 GMT\","
                    + " got \"yesterday\""),
            new Rejected(file + ":3", "categories: expected a list of strings, got 42"),
            new Rejected(file + ":4", "missing id"),
            new Rejected(
                file + ":5", "authors_parsed: expected [last, first] lists, got \"Flat string\""),
            new Rejected(file + ":6", "update_date: 1850 is outside 1900..2100"));
    assertThat(sink.ids()).containsExactly("2101.00001");
  }
}
