package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader();

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void nonFiniteRatingsAreRejectedWithTheirLineAndTheRestRead() throws Exception {
    Path fixture = Path.of(getClass().getResource("/hostile/rating-infinity.jsonl").toURI());

    CollectingSink sink = CollectingSink.read(reader, fixture);

    assertThat(sink.papers()).extracting(Paper::id).containsExactly("ok1", "ok2");
    assertThat(sink.papers()).extracting(Paper::rating).containsExactly(6.5, 6.0);
    assertThat(sink.rejected)
        .extracting(CollectingSink.Rejected::source)
        .containsExactly(fixture + ":2", fixture + ":3");
    assertThat(sink.rejected).allMatch(r -> r.reason().startsWith("rating:"));
  }

  @Test
  void readsEveryFieldOfTheSchema() throws IOException {
    Path file =
        write(
            "papers.jsonl",
            """
            {"id": "p1", "title": "Attention  Is All\\nYou Need", "authors": ["A. Vaswani", "N. Shazeer"], \
            "abstract": "We propose the Transformer.", "tldr": "Attention only.", \
            "keywords": ["transformers", "attention"], "venue": "NeurIPS", "year": 2017, \
            "decision": "Oral", "rating": 8.5, "links": {"pdf": "https://example.org/p1.pdf", \
            "forum": "https://openreview.net/forum?id=p1", "code": "https://github.com/a/b", \
            "slides": "https://example.org/s", "poster": "https://example.org/p", \
            "video": "https://example.org/v"}}\
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.papers())
        .containsExactly(
            new Paper(
                "p1",
                "Attention Is All You Need",
                java.util.List.of("A. Vaswani", "N. Shazeer"),
                "We propose the Transformer.",
                "Attention only.",
                java.util.List.of("transformers", "attention"),
                "NeurIPS",
                2017,
                "Oral",
                8.5,
                new Links(
                    "https://example.org/p1.pdf",
                    "https://openreview.net/forum?id=p1",
                    "https://github.com/a/b",
                    "https://example.org/s",
                    "https://example.org/p",
                    "https://example.org/v"),
                null));
    assertThat(sink.acceptedSources()).containsExactly(file + ":1");
  }

  @Test
  void acceptsTheDocumentedAliases() throws IOException {
    Path file =
        write(
            "aliases.jsonl",
            """
            {"id": "p2", "title": "T", "status": "Reject", "forum": "https://openreview.net/forum?id=p2", \
            "pdf": "https://openreview.net/pdf?id=p2", "rating": "4;4;8", "tldrs": ["First.", "Second."], \
            "authors": "Ann; Bob ;", "keywords": "rl;  planning"}\
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.decision()).isEqualTo("Reject");
    assertThat(paper.links().forum()).isEqualTo("https://openreview.net/forum?id=p2");
    assertThat(paper.links().pdf()).isEqualTo("https://openreview.net/pdf?id=p2");
    assertThat(paper.rating()).isCloseTo(16.0 / 3, within(1e-9));
    assertThat(paper.tldr()).isEqualTo("First.");
    assertThat(paper.authors()).containsExactly("Ann", "Bob");
    assertThat(paper.keywords()).containsExactly("rl", "planning");
  }

  @Test
  void nestedLinksWinOverTopLevelAliasesAndTldrWinsOverTldrs() throws IOException {
    Path file =
        write(
            "precedence.jsonl",
            """
            {"id": "p", "title": "T", "tldr": "Own.", "tldrs": ["Other."], \
            "forum": "https://a.org/top", "links": {"forum": "https://a.org/nested"}}\
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.tldr()).isEqualTo("Own.");
    assertThat(paper.links().forum()).isEqualTo("https://a.org/nested");
  }

  @Test
  void skipsBlankLinesAndCountsThemInSourceLines() throws IOException {
    Path file =
        write(
            "blank.jsonl",
            "",
            "{\"id\": \"a\", \"title\": \"A\"}",
            "   ",
            "{\"id\": \"b\", \"title\": \"B\"}");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a", "b");
    assertThat(sink.acceptedSources()).containsExactly(file + ":2", file + ":4");
  }

  @Test
  void rejectsRecordsWithoutIdOrTitleAndReadsOn() throws IOException {
    Path file =
        write(
            "missing.jsonl",
            "{\"title\": \"No id\"}",
            "{\"id\": \"x\", \"title\": \"  \\u00a0 \"}",
            "{\"id\": \"\", \"title\": \"Blank id\"}",
            "{\"id\": \"ok\", \"title\": \"Fine\"}");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new CollectingSink.Rejected(file + ":1", "missing id"),
            new CollectingSink.Rejected(file + ":2", "missing title"),
            new CollectingSink.Rejected(file + ":3", "missing id"));
    assertThat(sink.ids()).containsExactly("ok");
  }

  @Test
  void rejectsFieldsOfTheWrongTypeWithTheFieldInTheReason() throws IOException {
    Path file =
        write(
            "types.jsonl",
            "{\"id\": \"a\", \"title\": 42}",
            "{\"id\": \"b\", \"title\": {\"en\": \"T\"}}",
            "{\"id\": \"c\", \"title\": \"T\", \"year\": \"abc\"}",
            "{\"id\": \"d\", \"title\": \"T\", \"year\": 1850}",
            "{\"id\": \"e\", \"title\": \"T\", \"year\": 2017.5}",
            "{\"id\": \"f\", \"title\": \"T\", \"rating\": \"4;n/a\"}",
            "{\"id\": \"g\", \"title\": \"T\", \"authors\": [\"A\", 7]}",
            "{\"id\": \"h\", \"title\": \"T\", \"links\": \"https://x.org\"}",
            "{\"id\": \"i\", \"title\": \"T\", \"keywords\": {\"k\": 1}}",
            "{\"id\": \"ok\", \"title\": \"T\", \"year\": \"2020\"}");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .extracting(CollectingSink.Rejected::reason)
        .containsExactly(
            "title: expected a string, got 42",
            "title: expected a string, got an object",
            "year: expected an integer, got \"abc\"",
            "year: 1850 is outside 1900..2100",
            "year: expected an integer, got 2017.5",
            "rating: expected a number, got \"n/a\"",
            "authors[1]: expected a string, got 7",
            "links: expected an object, got \"https://x.org\"",
            "keywords: expected a list of strings, got an object");
    assertThat(sink.rejected.get(3).source()).isEqualTo(file + ":4");
    assertThat(sink.papers()).singleElement().extracting(Paper::year).isEqualTo(2020);
  }

  @Test
  void rejectsLinesThatAreNotOneJsonObjectAndReadsOn() throws IOException {
    Path file =
        write(
            "broken.jsonl",
            "{\"id\": \"a\", \"title\": \"A\"}",
            "{\"id\": \"b\", \"title\": ",
            "[1, 2]",
            "{\"id\": \"c\", \"title\": \"C\"} trailing",
            "{\"id\": \"d\", \"title\": \"D\"}");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("a", "d");
    assertThat(sink.rejected)
        .extracting(CollectingSink.Rejected::source)
        .containsExactly(file + ":2", file + ":3", file + ":4");
    assertThat(sink.rejected.get(0).reason()).startsWith("invalid JSON: ");
    assertThat(sink.rejected.get(1).reason()).isEqualTo("expected a JSON object, got an array");
  }

  @Test
  void failsWhenTheFileIsNotJsonLinesAtAll() throws IOException {
    Path file = write("notes.jsonl", "", "These are notes, not JSON.");

    assertThatThrownBy(() -> CollectingSink.read(reader, file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file + ":2");
  }

  @Test
  void failsOnAPrettyPrintedJsonDocument() throws IOException {
    Path file = write("labels.json", "{", "  \"id\": \"a\",", "  \"title\": \"A\"", "}");

    assertThatThrownBy(() -> CollectingSink.read(reader, file))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file + ":1: not JSON Lines, the object goes on past the line (pretty-printed JSON?)");
  }

  @Test
  void keepsSyntaxErrorReasonsFreeOfParserLocationDetails() throws IOException {
    Path file =
        write("cut.jsonl", "{\"id\": \"a\", \"title\": \"A\"}", "{\"id\": \"b\", \"title\": \"B\"");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new CollectingSink.Rejected(
                file + ":2",
                "invalid JSON: Unexpected end-of-input: expected close marker for Object"));
  }

  @Test
  void readsAnEmptyFileAsNoRecords() throws IOException {
    CollectingSink sink = CollectingSink.read(reader, write("empty.jsonl"));

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.rejected).isEmpty();
  }

  @Test
  void cleansTextAndDropsUnsafeLinks() throws IOException {
    Path file =
        write(
            "clean.jsonl",
            """
            {"id": " p ", "title": "E\\ufb03cient  \\u200bLearning", "authors": ["Ann", "ann", "Ann"], \
            "links": {"code": "javascript:alert(1)", "pdf": "github.com/a/b"}}\
            """);

    Paper paper = CollectingSink.read(reader, file).papers().get(0);

    assertThat(paper.id()).isEqualTo("p");
    assertThat(paper.title()).isEqualTo("Efficient Learning");
    assertThat(paper.authors()).containsExactly("Ann", "ann");
    assertThat(paper.links().code()).isNull();
    assertThat(paper.links().pdf()).isEqualTo("https://github.com/a/b");
  }

  @Test
  void optionsOverrideTheRecordsVenueAndYear() throws IOException {
    Path file =
        write("o.jsonl", "{\"id\": \"a\", \"title\": \"A\", \"venue\": \"X\", \"year\": 2001}");

    Paper paper =
        CollectingSink.read(reader, file, new ReadOptions(Map.of(), "ICLR", 2019)).papers().get(0);

    assertThat(paper.venue()).isEqualTo("ICLR");
    assertThat(paper.year()).isEqualTo(2019);
  }

  @Test
  void readsTheJoinedIclr2019FileFully() throws IOException {
    Path file = SharedData.file("iclr-openreview/iclr2019.joined.jsonl");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(1579);
    assertThat(sink.papers()).filteredOn(p -> p.abstractText() != null).hasSize(895);
    assertThat(sink.papers()).filteredOn(p -> p.tldr() != null).hasSize(895);
    Paper first = sink.papers().get(0);
    assertThat(first.id()).isEqualTo("B14ejsA5YQ");
    assertThat(first.title()).isEqualTo("Neural Causal Discovery with Learnable Input Noise");
    assertThat(first.authors()).containsExactly("Tailin Wu", "Thomas Breuel", "Jan Kautz");
    assertThat(first.decision()).isEqualTo("Reject");
    assertThat(first.rating()).isCloseTo(16.0 / 3, within(1e-9));
    assertThat(first.links().forum()).isEqualTo("https://openreview.net/forum?id=B14ejsA5YQ");
    assertThat(sink.paper("B14rPj0qY7").tldr())
        .startsWith("we proposed a new self-driving model which is composed of perception");
  }

  @Test
  void readsTheJoinedIclr2021FileFully() throws IOException {
    CollectingSink sink =
        CollectingSink.read(reader, SharedData.file("iclr-openreview/iclr2021.joined.jsonl"));

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(2966);
    assertThat(sink.papers()).allSatisfy(p -> assertThat(p.abstractText()).isNotNull());
    assertThat(sink.papers()).filteredOn(p -> "Spotlight".equals(p.decision())).hasSize(114);
  }
}
