package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.PaperJson;

class CliTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void ingest() throws Exception {
    data = dir.resolve("data");
    Path file =
        Files.writeString(
            dir.resolve("papers.jsonl"),
            """
        {"id":"a","title":"Data Augmentation for Graphs","abstract":"We study data augmentation.","authors":["Ada Lovelace"],"keywords":["graphs","augmentation"],"venue":"ICLR","year":2019,"decision":"Oral","tldr":"Augment graphs."}
        {"id":"b","title":"Robots","abstract":"Robots learn.","authors":["Alan Turing"],"keywords":["graphs"],"venue":"NeurIPS","year":2018}
        {"title":"no id"}
        """);
    CliRun run = CliRun.of("ingest", "--data", data.toString(), "--json", file.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode report = PaperJson.mapper().readTree(run.out());
    assertThat(report.get("read").asInt()).isEqualTo(3);
    assertThat(report.get("added").asInt()).isEqualTo(2);
    assertThat(report.get("updated").asInt()).isZero();
    assertThat(report.get("unchanged").asInt()).isZero();
    assertThat(report.get("rejected").asInt()).isEqualTo(1);
    assertThat(report.get("rejections").get(0).get("source").asText()).isEqualTo(file + ":3");
    assertThat(report.get("rejections").get(0).get("reason").asText()).contains("id");
  }

  @Test
  void searchPrintsTheCountThenEachHit() {
    CliRun run = CliRun.of("search", "--data", data.toString(), "\"data augmentation\"");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1 result\n");
    assertThat(run.out())
        .contains(
            "Data Augmentation for Graphs",
            "ICLR · 2019 · Oral",
            "TL;DR (author): Augment graphs.");
    assertThat(run.out()).contains("We study **data augmentation**.");
  }

  @Test
  void recordsOfOneIdInOneFileAllMergeIntoTheExistingPaper() throws Exception {
    Path existing = dir.resolve("g1.jsonl");
    Files.writeString(
        existing, "{\"id\": \"g1\", \"title\": \"A Paper Ingested Before\", \"year\": 2019}\n");
    Path fixture = Path.of(getClass().getResource("/hostile/same-id-three-times.jsonl").toURI());
    Path store = dir.resolve("g1-data");
    assertThat(CliRun.of("ingest", "--data", store.toString(), existing.toString()).exitCode())
        .isZero();

    CliRun run = CliRun.of("ingest", "--data", store.toString(), fixture.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode g1 =
        PaperJson.mapper()
            .readTree(CliRun.of("show", "--data", store.toString(), "--json", "g1").out());
    assertThat(g1.get("abstract").asText()).isEqualTo("A");
    assertThat(g1.get("venue").asText()).isEqualTo("V");
    assertThat(g1.get("decision").asText()).isEqualTo("Oral");
    assertThat(g1.get("year").asInt()).isEqualTo(2019);
  }

  @Test
  void overLongValuesAreRejectedAndTheBatchIsCommitted() throws Exception {
    Path fixture = Path.of(getClass().getResource("/hostile/over-long-values.jsonl").toURI());
    Path store = dir.resolve("long-data");

    CliRun run = CliRun.of("ingest", "--data", store.toString(), "--json", fixture.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = PaperJson.mapper().readTree(run.out());
    assertThat(report.get("added").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(5);
    assertThat(CliRun.of("search", "--data", store.toString(), "normal").out())
        .startsWith("2 results");
  }

  @Test
  void rerunningTheDemoOnUnchangedDataIngestsNothingAndSaysSo() throws Exception {
    Path shared = dir.resolve("shared");
    Path conference = shared.resolve("ml-conference-papers/icml2019.json");
    Files.createDirectories(conference.getParent());
    Files.writeString(conference, "[{\"id\": \"1\", \"title\": \"A Demo Paper\"}]");
    Path store = dir.resolve("demo-data");
    String[] demo = {
      "demo", "--no-serve", "--shared", shared.toString(), "--data", store.toString()
    };

    assertThat(CliRun.of(demo).out()).contains("== ml-conference-papers", "added 1");
    CliRun again = CliRun.of(demo);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("demo corpus unchanged since the last demo run")
        .doesNotContain("== ml-conference-papers")
        .contains("papers: 1");

    Files.writeString(conference, "[{\"id\": \"1\", \"title\": \"A Demo Paper, Revised\"}]");
    assertThat(CliRun.of(demo).out()).contains("== ml-conference-papers", "updated 1");
  }

  @Test
  void theDemoIngestsThePdfsTooSoFullTextAndReferencesWork() throws Exception {
    Path shared = dir.resolve("shared-with-pdfs");
    Path conference = shared.resolve("ml-conference-papers/nips2015.json");
    Files.createDirectories(conference.getParent());
    Files.writeString(
        conference,
        "[{\"id\": \"n1\", \"title\": \"Distilling the knowledge in a neural network\"}]");
    Path pdfs = Files.createDirectories(shared.resolve("pdfs/labml-arxiv"));
    Path real = SharedData.file("pdfs/labml-arxiv/distillation.pdf");
    Files.copy(real, pdfs.resolve("distillation.pdf"));
    Files.writeString(pdfs.resolve("MANIFEST.tsv"), "file\tarxiv_id\ttitle\tpages\n");
    Path store = dir.resolve("demo-pdfs");

    CliRun demo =
        CliRun.of("demo", "--no-serve", "--shared", shared.toString(), "--data", store.toString());

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("== pdfs", "PDFs: 1 extracted", "skipped 1 side file");
    // The PDF found its record by title: one paper, with full text and references.
    assertThat(CliRun.of("search", "--data", store.toString(), "text:\"soft targets\"").out())
        .startsWith("1 result")
        .contains("[n1]");
    assertThat(CliRun.of("search", "--data", store.toString(), "refs:hinton").out())
        .contains("[n1]", "refs — ");
  }

  @Test
  void sortNewestIsYearAndStatsListYearsNewestFirst() {
    CliRun newest = CliRun.of("search", "--data", data.toString(), "--sort", "newest", "");
    assertThat(newest.exitCode()).as(newest.err()).isZero();
    assertThat(newest.out())
        .isEqualTo(CliRun.of("search", "--data", data.toString(), "--sort", "year", "").out());
    String stats = CliRun.of("stats", "--data", data.toString()).out();
    String years = stats.lines().filter(l -> l.startsWith("years:")).findFirst().orElseThrow();
    List<Integer> order =
        java.util.Arrays.stream(years.substring(7).split(", "))
            .map(e -> Integer.parseInt(e.split(" ")[0]))
            .toList();
    assertThat(order)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder())
        .hasSizeGreaterThan(1);
  }

  @Test
  void searchPrintsAuthorsCuttingLongLists() {
    assertThat(SearchCommand.authorLine(List.of("A", "B"))).isEqualTo("A, B");
    assertThat(SearchCommand.authorLine(List.of("A", "B", "C", "D", "E", "F", "G", "H")))
        .isEqualTo("A, B, C, D, E, F … and 2 more");
  }

  @Test
  void hitsWithoutAnyTldrSaySoHonestly() {
    // "Robots learn." is too short an abstract to summarise: no Auto-TLDR either.
    CliRun run = CliRun.of("search", "--data", data.toString(), "robots");
    assertThat(run.out()).contains("No TL;DR").doesNotContain("Auto-TLDR");
  }

  @Test
  void searchJsonHasTheDocumentedShape() throws Exception {
    CliRun run = CliRun.of("search", "--data", data.toString(), "--json", "tag:graphs");
    JsonNode result = PaperJson.mapper().readTree(run.out());
    assertThat(result.get("total").asInt()).isEqualTo(2);
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .contains(
            "id", "title", "authors", "venue", "year", "tldr", "tldrSource", "score", "snippets");
    assertThat(result.get("facets").get("venue").get("ICLR").asInt()).isEqualTo(1);
    assertThat(result.get("facets").fieldNames())
        .toIterable()
        .containsExactly("venue", "year", "tag", "decision", "author");
  }

  @Test
  void reingestReportsUnchanged() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("again.jsonl"),
            "{\"id\":\"b\",\"title\":\"Robots\",\"abstract\":\"Robots learn.\",\"authors\":[\"Alan Turing\"],\"keywords\":[\"graphs\"],\"venue\":\"NeurIPS\",\"year\":2018}\n");
    CliRun run = CliRun.of("ingest", "--data", data.toString(), "--json", file.toString());
    assertThat(PaperJson.mapper().readTree(run.out()).get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void showAndExportGiveEverythingKnown() throws Exception {
    CliRun show = CliRun.of("show", "--data", data.toString(), "--json", "a");
    assertThat(show.exitCode()).isZero();
    JsonNode paper = PaperJson.mapper().readTree(show.out());
    assertThat(paper.get("tldrSource").asText()).isEqualTo("author");
    assertThat(paper.get("keywords")).hasSize(2);
    Path out = dir.resolve("export.jsonl");
    assertThat(CliRun.of("export", "--data", data.toString(), "-o", out.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllLines(out))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
  }

  @Test
  void searchAndShowWriteLatexAsUnicodeAndJsonKeepsIt() throws Exception {
    Path store = dir.resolve("latex-data");
    Path file =
        Files.writeString(
            dir.resolve("latex.jsonl"),
            """
        {"id":"adam","title":"Adam$^+$: A Stochastic Method","abstract":"We cut memory by 10$\\\\times$ with ``sparse'' codes.","keywords":["$k$-means"],"tldr":"Faster by $20\\\\%$."}
        """);
    assertThat(CliRun.of("ingest", "--data", store.toString(), file.toString()).exitCode())
        .isZero();

    CliRun search = CliRun.of("search", "--data", store.toString(), "memory");
    assertThat(search.out())
        .contains(
            "1. Adam⁺: A Stochastic Method  [adam]",
            "TL;DR (author): Faster by 20%.",
            "We cut **memory** by 10× with “sparse” codes.");
    CliRun show = CliRun.of("show", "--data", store.toString(), "adam");
    assertThat(show.out())
        .startsWith("Adam⁺: A Stochastic Method\n")
        .contains("abstract: We cut memory by 10× with “sparse” codes.", "tags: k-means");
    JsonNode json =
        PaperJson.mapper()
            .readTree(CliRun.of("show", "--data", store.toString(), "--json", "adam").out());
    assertThat(json.get("title").asText()).isEqualTo("Adam$^+$: A Stochastic Method");
  }

  @Test
  void exportReadsBackIntoAnEqualIndex() throws Exception {
    Path out = dir.resolve("export.jsonl");
    CliRun.of("export", "--data", data.toString(), "-o", out.toString());
    CliRun again = CliRun.of("ingest", "--data", data.toString(), "--json", out.toString());
    assertThat(PaperJson.mapper().readTree(again.out()).get("unchanged").asInt()).isEqualTo(2);
  }

  @Test
  void tagsListEveryTagWithItsCount() {
    CliRun run = CliRun.of("tags", "--data", data.toString());
    assertThat(run.out())
        .isEqualTo(String.format("%7d  %s%n%7d  %s%n", 2, "graphs", 1, "augmentation"));
  }

  @Test
  void statsCountPapers() throws Exception {
    CliRun run = CliRun.of("stats", "--data", data.toString(), "--json");
    JsonNode stats = PaperJson.mapper().readTree(run.out());
    assertThat(stats.get("papers").asInt()).isEqualTo(2);
    assertThat(stats.get("withTldr").asInt()).isEqualTo(1);
  }

  @Test
  void exitCodesAreZeroOneOrTwo() {
    assertThat(CliRun.of("search", "--data", data.toString(), "graphs").exitCode()).isZero();
    CliRun badQuery = CliRun.of("search", "--data", data.toString(), "title:(graphs");
    assertThat(badQuery.exitCode()).isEqualTo(2);
    assertThat(badQuery.err()).contains("unclosed parenthesis (at character 7)");
    assertThat(CliRun.of("search", "--data", data.toString(), "--sort", "hotness", "x").exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("search", "--data", data.toString(), "--bogus", "x").exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("ingest", "--data", data.toString(), "--format", "pdfx", "f").exitCode())
        .isEqualTo(2);
    CliRun unknown = CliRun.of("show", "--data", data.toString(), "zzz");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no paper with id 'zzz'");
    CliRun noIndex = CliRun.of("search", "--data", dir.resolve("empty").toString(), "x");
    assertThat(noIndex.exitCode()).isEqualTo(1);
    assertThat(noIndex.err()).contains("run 'paperscope ingest' first").doesNotContain("Exception");
  }

  @Test
  void benchSearchReportsEveryKindAndQueryWithTheCacheSetting() {
    CliRun run = benchSearchOnce("--per-query");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("index: 2 papers", "query cache on", "facet values in memory:");
    assertThat(run.out())
        .contains("| terms | 8 |", "| all | 28 |", "| \"data augmentation\" | 1 |");
    CliRun uncached = benchSearchOnce("--no-query-cache");
    assertThat(uncached.out()).contains("query cache off").doesNotContain("| attention |");
  }

  private CliRun benchSearchOnce(String option) {
    return CliRun.of(
        "bench",
        "search",
        "--data",
        data.toString(),
        "--iterations",
        "1",
        "--warmups",
        "0",
        option);
  }

  @Test
  void evalSearchPrintsOneTableOfTheThreeEvaluations() {
    CliRun run = CliRun.of("eval", "search", "--data", data.toString(), "--sample", "5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // "Robots" is one word, so only the other paper is a known item.
    assertThat(run.out())
        .startsWith("| evaluation | variant | queries | refused |")
        .contains("| known-item | title as typed | 1 | 0 | 1.0000 | 1.0000 | — | — |")
        .contains("| word-forms | Porter-colliding words | ", "| topic | ");
  }

  @Test
  void evalSearchJsonHasARowPerEvaluationAndVariant() throws Exception {
    CliRun run = CliRun.of("eval", "search", "--data", data.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode rows = PaperJson.mapper().readTree(run.out()).get("rows");
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).get("success@1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void evalSearchRejectsAnEmptySample() {
    CliRun run = CliRun.of("eval", "search", "--data", data.toString(), "--sample", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sample");
  }

  @Test
  void helpReadsWellAtEightyColumns() {
    for (String[] command :
        new String[][] {
          {"ingest"},
          {"reindex"},
          {"search"},
          {"show"},
          {"tags"},
          {"stats"},
          {"export"},
          {"demo"},
          {"serve"},
          {"eval"},
          {"eval", "run"},
          {"eval", "beir"},
          {"eval", "pdf"},
          {"eval", "search"},
          {"bench"},
          {"bench", "ingest"},
          {"bench", "search"},
          {"bench", "pdf"}
        }) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      String help = CliRun.of(args).out();
      String name = String.join(" ", command);
      assertThat(help).as(name).contains("Usage: paperscope " + name);
      // Option values are labelled N, FILE, … never with a Java field name like <pdfMaxMb>.
      assertThat(help).as(name).doesNotContainPattern("=<[a-z]\\w*>");
      for (String line : help.lines().toList()) {
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
      }
      // Nothing is broken inside a token such as "pdf.timeout-millis" or "(science-parse,".
      assertThat(help).as(name).doesNotContainPattern("[\\w/]\\.\\n\\s*[a-z]\\w*\\)");
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "ingest", "reindex", "search", "show", "tags", "stats", "export", "demo", "eval", "bench"
        }) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: paperscope " + command);
    }
  }
}
