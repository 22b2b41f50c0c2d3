package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.ingest.CollectingSink.Rejected;
import org.paperscope.paper.Paper;

class ConferenceJsonReaderTest {
  private final ConferenceJsonReader reader = new ConferenceJsonReader();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void readsAPapercopilotRecord() throws IOException {
    Path file =
        write(
            "iclr2018.json",
            """
            [
              {
                "id": "B12Js_yRb",
                "title": "Learning to Count Objects in Natural Images",
                "status": "Poster",
                "site": "https://iclr.cc/virtual/2018/poster/307",
                "openreview": "https://openreview.net/forum?id=B12Js_yRb",
                "pdf": "https://openreview.net/pdf?id=B12Js_yRb",
                "author": "Yan Zhang;Jonathon Hare;Adam Pru\\u0308gel-Bennett",
                "keywords": "visual question answering;vqa;counting",
                "tldr": "Enabling VQA models to count.",
                "abstract": "VQA models have struggled with counting.",
                "github": "[![github](/images/github_icon.svg) Cyanogenoid/vqa-counting](https://github.com/Cyanogenoid/vqa-counting)",
                "rating": "4;6;6",
                "rating_avg": 5.333333333333333,
                "gs_citation": 260
              }
            ]
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    Paper paper = sink.papers().get(0);
    assertThat(paper.id()).isEqualTo("B12Js_yRb");
    assertThat(paper.authors())
        .containsExactly("Yan Zhang", "Jonathon Hare", "Adam Prügel-Bennett");
    assertThat(paper.keywords()).containsExactly("visual question answering", "vqa", "counting");
    assertThat(paper.decision()).isEqualTo("Poster");
    assertThat(paper.rating()).isCloseTo(16.0 / 3, within(1e-9));
    assertThat(paper.tldr()).isEqualTo("Enabling VQA models to count.");
    assertThat(paper.abstractText()).isEqualTo("VQA models have struggled with counting.");
    assertThat(paper.venue()).isEqualTo("ICLR");
    assertThat(paper.year()).isEqualTo(2018);
    assertThat(paper.links().forum()).isEqualTo("https://openreview.net/forum?id=B12Js_yRb");
    assertThat(paper.links().pdf()).isEqualTo("https://openreview.net/pdf?id=B12Js_yRb");
    assertThat(paper.links().code()).isEqualTo("https://github.com/Cyanogenoid/vqa-counting");
    assertThat(sink.acceptedSources()).containsExactly(file + ":2");
  }

  @Test
  void iclrRecordsWithoutALinkGetTheirOpenReviewForum() throws IOException {
    Path file =
        write(
            "iclr2020.metadata-only.json",
            """
            [{"id": "B1e-kxSKDH", "title": "Structured Object-Aware Physics Prediction"},
             {"id": "12", "title": "Not an OpenReview Id"}]\
            """);
    Path other = write("icml2019.json", "[{\"id\": \"B1e-kxSKDH\", \"title\": \"Elsewhere\"}]");

    List<Paper> papers = CollectingSink.read(reader, file).papers();

    assertThat(papers.get(0).links().forum())
        .isEqualTo("https://openreview.net/forum?id=B1e-kxSKDH");
    assertThat(papers.get(1).links().forum()).isNull();
    assertThat(CollectingSink.read(reader, other).papers().get(0).links().forum()).isNull();
  }

  @Test
  void usesTheSiteAsForumWhenThereIsNoOpenReviewLink() throws IOException {
    Path file =
        write(
            "icml2019.json",
            """
            [{"id": "3768", "title": "A Baseline", "site": "https://icml.cc/virtual/2019/poster/3768",
              "openreview": "", "github": "github.com/a/b"}]\
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.links().forum()).isEqualTo("https://icml.cc/virtual/2019/poster/3768");
    assertThat(paper.links().code()).isEqualTo("https://github.com/a/b");
  }

  @Test
  void prefixesAllDigitIdsWithTheFileStemSoFilesDoNotCollide() throws IOException {
    String records =
        "[{\"id\": \"3768\", \"title\": \"T\"}, {\"id\": \"5065873f75\", \"title\": \"U\"}]";
    Path icml = write("icml/icml2019.json", records);
    Path nips = write("nips/nips2013.json", records);
    Path plain = write("papers.json", records);

    assertThat(CollectingSink.read(reader, icml).ids())
        .containsExactly("icml2019-3768", "5065873f75");
    assertThat(CollectingSink.read(reader, nips).ids())
        .containsExactly("nips2013-3768", "5065873f75");
    assertThat(CollectingSink.read(reader, plain).ids()).containsExactly("3768", "5065873f75");
  }

  @Test
  void takesVenueAndYearFromTheFileNameUnlessTheRecordOrOptionsSayOtherwise() throws IOException {
    String records =
        "[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\", \"venue\": \"TMLR\","
            + " \"year\": 2022}]";
    Path nips = write("nips2013.json", records);

    CollectingSink fromName = CollectingSink.read(reader, nips);
    CollectingSink fromOptions =
        CollectingSink.read(reader, nips, new ReadOptions(Map.of(), "NeurIPS-W", 2014));

    assertThat(fromName.papers()).extracting(Paper::venue).containsExactly("NeurIPS", "TMLR");
    assertThat(fromName.papers()).extracting(Paper::year).containsExactly(2013, 2022);
    assertThat(fromOptions.papers()).extracting(Paper::venue).containsOnly("NeurIPS-W");
    assertThat(fromOptions.papers()).extracting(Paper::year).containsOnly(2014);
  }

  @Test
  void rejectsMalformedElementsAtTheirStartLineAndReadsOn() throws IOException {
    Path file =
        write(
            "iclr2020.json",
            """
            [
              {"id": "a", "title": 12},
              {"id": "b",
               "title": {"text": "B"}},
              {"id": "c", "title": "C", "year": "twenty"},
              "just a string",
              {"title": "No id"},
              {"id": "d", "title": "D", "author": ["Ann", {"name": "Bob"}]},
              {"id": "e", "title": "E", "rating": "5;x"},
              null,
              {"id": "ok", "title": "Fine"}
            ]
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(file + ":2", "title: expected a string, got 12"),
            new Rejected(file + ":3", "title: expected a string, got an object"),
            new Rejected(file + ":5", "year: expected an integer, got \"twenty\""),
            new Rejected(file + ":6", "expected a JSON object, got \"just a string\""),
            new Rejected(file + ":7", "missing id"),
            new Rejected(file + ":8", "author[1]: expected a string, got an object"),
            new Rejected(file + ":9", "rating: expected a number, got \"x\""),
            new Rejected(file + ":10", "expected a JSON object, got null"));
    assertThat(sink.ids()).containsExactly("ok");
    assertThat(sink.acceptedSources()).containsExactly(file + ":11");
  }

  @Test
  void stopsAtBrokenJsonButKeepsTheRecordsBeforeIt() throws IOException {
    Path file =
        write(
            "iclr2020.json",
            """
            [
              {"id": "a", "title": "A"},
              {"id": "b", "title": "B"},
              {"id": "c", "title": "C" "abstract": "missing comma"},
              {"id": "d", "title": "D"}
            ]
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(file + ":4");
              assertThat(r.reason()).startsWith("invalid JSON, stopped reading: ");
            });
  }

  @Test
  void rejectsAnArrayThatIsNeverClosed() throws IOException {
    Path file = write("cut.json", "[\n{\"id\": \"a\", \"title\": \"A\"},\n{\"id\": \"b\",\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a");
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).startsWith(file + ":");
              assertThat(r.reason()).startsWith("invalid JSON, stopped reading: ");
            });
  }

  @Test
  void failsWhenTheFileIsNotAJsonArray() throws IOException {
    Path object = write("object.json", "{\"id\": \"a\", \"title\": \"A\"}");
    Path text = write("text.json", "hello");
    Path empty = write("empty.json", "  \n");

    assertThatThrownBy(() -> CollectingSink.read(reader, object))
        .isInstanceOf(IOException.class)
        .hasMessage(object + ":1: expected a JSON array, got '{'");
    assertThatThrownBy(() -> CollectingSink.read(reader, text))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(text + ":1: not JSON: ");
    assertThatThrownBy(() -> CollectingSink.read(reader, empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected a JSON array, got an empty file");
  }

  @Test
  void usesRatingAvgOnlyWhenThereIsNoRatingField() throws IOException {
    Path file =
        write(
            "iclr2013.json",
            """
            [{"id": "a", "title": "A", "rating": "", "rating_avg": 0},
             {"id": "b", "title": "B", "rating_avg": 6.5},
             {"id": "c", "title": "C", "rating": null}]\
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.papers()).extracting(Paper::rating).containsExactly(null, 6.5, null);
  }

  @Test
  void splitsCommaSeparatedAuthorsWhenNoSemicolonIsPresent() throws IOException {
    Path file =
        write(
            "nips2013.json",
            "[{\"id\": \"3900\", \"title\": \"T\", \"author\": \"Forest Agostinelli, Michael R"
                + " Anderson, Honglak Lee\"}]");

    assertThat(CollectingSink.read(reader, file).papers().get(0).authors())
        .containsExactly("Forest Agostinelli", "Michael R Anderson", "Honglak Lee");
  }

  @Test
  void readsAnArxivListingWithArrayFields() throws IOException {
    Path file =
        write(
            "arxiv_papers.json",
            """
            [{"id": "2603.11048v1", "title": "COMIC", "abstract": "We propose.",
              "authors": ["Susung Hong", "Brian Curless"], "year": "2026",
              "categories": ["cs.CV", "cs.AI", "cs.CV"]}]\
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.id()).isEqualTo("2603.11048");
    assertThat(paper.authors()).containsExactly("Susung Hong", "Brian Curless");
    assertThat(paper.keywords()).containsExactly("cs.CV", "cs.AI");
    assertThat(paper.venue()).isEqualTo("arXiv");
    assertThat(paper.year()).isEqualTo(2026);
    assertThat(paper.links().pdf()).isEqualTo("https://arxiv.org/pdf/2603.11048");
    assertThat(paper.links().forum()).isEqualTo("https://arxiv.org/abs/2603.11048");
  }

  @Test
  void readsPapercopilotIclr2018WithItsKnownFirstRecord() throws IOException {
    CollectingSink sink =
        CollectingSink.read(reader, SharedData.file("iclr-openreview/papercopilot/iclr2018.json"));

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(995);
    assertThat(sink.papers()).extracting(Paper::venue).containsOnly("ICLR");
    assertThat(sink.papers()).extracting(Paper::year).containsOnly(2018);
    Paper first = sink.papers().get(0);
    assertThat(first.id()).isEqualTo("B11bwYgfM");
    assertThat(first.title())
        .isEqualTo("Robust Task Clustering for Deep and Diverse Multi-Task and Few-Shot Learning");
    assertThat(first.authors()).hasSize(8).startsWith("Mo Yu", "Xiaoxiao Guo");
    assertThat(first.keywords())
        .containsExactly(
            "task clustering", "matrix completion", "multi-task learning", "few-shot learning");
    assertThat(first.decision()).isEqualTo("Withdraw");
    assertThat(first.rating()).isCloseTo(14.0 / 3, within(1e-9));
    assertThat(first.tldr()).startsWith("We propose a matrix-completion based task clustering");
    assertThat(first.links().forum()).isEqualTo("https://openreview.net/forum?id=B11bwYgfM");
    assertThat(sink.acceptedSources().get(0)).endsWith("iclr2018.json:2");
    assertThat(sink.paper("B12Js_yRb").links().code())
        .isEqualTo("https://github.com/Cyanogenoid/vqa-counting");
  }

  @Test
  void rejectsTheUntitledIclr2017RecordAtItsLine() throws IOException {
    Path file = SharedData.file("iclr-openreview/papercopilot/iclr2017.json");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.accepted).hasSize(489);
    assertThat(sink.rejected).containsExactly(new Rejected(file + ":11780", "missing title"));
  }

  @Test
  void keepsIcmlAndNeuripsPapersWithTheSameRawIdApart() throws IOException {
    CollectingSink icml =
        CollectingSink.read(reader, SharedData.file("ml-conference-papers/icml/icml2019.json"));
    CollectingSink nips =
        CollectingSink.read(reader, SharedData.file("ml-conference-papers/nips/nips2013.json"));

    assertThat(icml.accepted).hasSize(774);
    assertThat(icml.paper("icml2019-3768").title())
        .isEqualTo("A Baseline for Any Order Gradient Estimation in Stochastic Computation Graphs");
    assertThat(icml.paper("icml2019-3768").venue()).isEqualTo("ICML");
    assertThat(nips.paper("nips2013-3768").title())
        .startsWith("Online Variational Approximations to non-Exponential Family");
    assertThat(nips.paper("nips2013-3768").venue()).isEqualTo("NeurIPS");
  }

  @Test
  void readsTheArxivListingOf500Papers() throws IOException {
    CollectingSink sink =
        CollectingSink.read(
            reader, SharedData.file("arxiv-samples/lthei-cs-2026/arxiv_papers.json"));

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(500);
    assertThat(sink.papers()).extracting(Paper::venue).containsOnly("arXiv");
    assertThat(sink.paper("2603.11048").title())
        .isEqualTo("COMIC: Agentic Sketch Comedy Generation");
  }
}
