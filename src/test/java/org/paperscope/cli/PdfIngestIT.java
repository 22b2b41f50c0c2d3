package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.PaperJson;

/**
 * Ingests the 16 arXiv PDFs (with their manifest beside them, a side file that is not metadata) and
 * hostile files through the CLI, then searches inside the papers.
 */
@Tag("slow")
@ExtendWith(SharedData.class)
class PdfIngestIT {
  @TempDir static Path dir;
  static Path data;
  static Path inbox;
  static JsonNode first;

  private static Path arxiv() {
    return SharedData.file("pdfs/labml-arxiv");
  }

  @BeforeAll
  static void ingest() throws IOException {
    data = dir.resolve("data");
    inbox = dir.resolve("inbox");
    Files.createDirectories(inbox);
    try (Stream<Path> pdfs = Files.list(arxiv())) {
      for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
        Files.copy(pdf, inbox.resolve(pdf.getFileName()));
      }
    }
    Files.copy(arxiv().resolve("MANIFEST.tsv"), inbox.resolve("MANIFEST.tsv"));
    Files.writeString(inbox.resolve("not-really.pdf"), "this is a text file");
    byte[] real = Files.readAllBytes(inbox.resolve("1706.03762.pdf"));
    Files.write(inbox.resolve("truncated.pdf"), java.util.Arrays.copyOf(real, real.length / 3));
    CliRun run = CliRun.of("ingest", "--data", data.toString(), "--json", inbox.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    first = PaperJson.mapper().readTree(run.out());
  }

  @Test
  void eachPdfBecomesOnePaperWithWhatItsFirstPageSays() throws IOException {
    assertThat(first.get("pdfs").get("extracted").asInt()).isEqualTo(16);
    assertThat(first.get("added").asInt()).isEqualTo(16);
    JsonNode paper = show("1706.03762");
    assertThat(paper.get("title").asText()).isEqualTo("Attention Is All You Need");
    assertThat(paper.get("authors").toString()).contains("Ashish Vaswani", "Łukasz Kaiser");
    assertThat(paper.get("abstract").asText()).startsWith("The dominant sequence transduction");
    assertThat(paper.get("year").asInt()).isEqualTo(2017);
    assertThat(paper.get("venue").asText()).isEqualTo("arXiv");
    assertThat(paper.get("links").get("forum").asText())
        .isEqualTo("https://arxiv.org/abs/1706.03762");
    assertThat(paper.get("pdf").get("pages").asInt()).isEqualTo(15);
    assertThat(paper.get("pdf").get("sections").toString())
        .contains("Introduction", "References", "Attention Visualizations")
        .doesNotContain("Input-Input Layer5");
    // Files not named after their arXiv id get it from the stamp: resnet.pdf is 1512.03385.
    assertThat(show("1512.03385").get("title").asText())
        .isEqualTo("Deep Residual Learning for Image Recognition");
  }

  @Test
  void theManifestBesideThePdfsIsASideFileNotMetadata() throws IOException {
    assertThat(first.get("skipped").toString()).contains("MANIFEST.tsv");
    assertThat(search("").get("total").asInt()).isEqualTo(16);
    assertThat(search("title:\"attention is all you need\"").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aManifestNamedWithPdfMapGivesTheIdsAndAPrintedArxivIdFindsItsRecord() throws IOException {
    Path other = dir.resolve("mapped");
    Path records = dir.resolve("records.jsonl");
    // A record with the arXiv id of "Attention Is All You Need" under another title, and the PDF
    // under a file name that says nothing: the PDF's margin stamp finds the record.
    Files.writeString(
        records, "{\"id\":\"1706.03762\",\"title\":\"The Transformer\",\"venue\":\"NeurIPS\"}\n");
    Path pdfs = dir.resolve("renamed");
    Files.createDirectories(pdfs);
    Files.copy(arxiv().resolve("1706.03762.pdf"), pdfs.resolve("transformer.pdf"));
    Files.copy(arxiv().resolve("distillation.pdf"), pdfs.resolve("distillation.pdf"));
    Path map = dir.resolve("map.tsv");
    Files.writeString(map, "file\tpaper_id\ttitle\ndistillation.pdf\thinton-2015\tDistilling\n");
    CliRun run =
        CliRun.of(
            "ingest",
            "--data",
            other.toString(),
            "--json",
            "--pdf-map",
            map.toString(),
            records.toString(),
            pdfs.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    JsonNode transformer = showIn(other, "1706.03762");
    assertThat(transformer.get("title").asText()).isEqualTo("The Transformer");
    assertThat(transformer.get("pdf").get("pages").asInt()).isEqualTo(15);
    assertThat(showIn(other, "hinton-2015").get("title").asText())
        .isEqualTo("Distilling the Knowledge in a Neural Network");
    assertThat(PaperJson.mapper().readTree(run.out()).get("added").asInt()).isEqualTo(2);
  }

  @Test
  void hostileFilesAreRejectedAndTheBatchGoesOn() {
    assertThat(first.get("rejections").toString()).contains("not-really.pdf", "truncated.pdf");
    assertThat(first.get("rejected").asInt()).isEqualTo(2);
  }

  @Test
  void phrasesInTheBodyAreFoundWithPageAndSection() throws IOException {
    JsonNode result = search("text:\"scaled dot-product attention\"");
    assertThat(result.get("hits").findValuesAsText("id")).contains("1706.03762");
    JsonNode snippet = firstTextSnippet(result, "1706.03762");
    assertThat(snippet.get("page").asInt()).isBetween(1, 15);
    assertThat(snippet.get("text").asText().toLowerCase()).contains("scaled dot-product attention");
  }

  @Test
  void theArxivIdPrintedInAPdfFindsTheRecordItAttachedToUnderAnotherId() throws IOException {
    Path other = dir.resolve("by-title");
    Path records = dir.resolve("neurips.jsonl");
    Files.writeString(
        records, "{\"id\":\"nips2017-9372\",\"title\":\"Attention is All you Need\"}\n");
    Path pdfs = Files.createDirectories(dir.resolve("one-pdf"));
    Files.copy(arxiv().resolve("1706.03762.pdf"), pdfs.resolve("paper.pdf"));
    CliRun run =
        CliRun.of("ingest", "--data", other.toString(), records.toString(), pdfs.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    for (String typed : new String[] {"1706.03762", "arXiv:1706.03762v5"}) {
      CliRun search = CliRun.of("search", "--data", other.toString(), "--json", typed);
      JsonNode result = PaperJson.mapper().readTree(search.out());
      assertThat(result.path("paperId").asText()).as(typed).isEqualTo("nips2017-9372");
      assertThat(result.path("total").asInt()).as(typed).isEqualTo(1);
    }
  }

  @Test
  void referencesAreSearchableApartFromTheBody() throws IOException {
    // Hinton is cited by the distillation paper; "Srivastava" (dropout) appears in references.
    JsonNode refs = search("refs:hinton");
    assertThat(refs.get("hits").findValuesAsText("id")).contains("1503.02531");
    // Each hit shows the reference entries that cite him, not its body text.
    for (JsonNode hit : refs.get("hits")) {
      assertThat(hit.get("snippets").findValuesAsText("field"))
          .as(hit.toString())
          .contains("refs")
          .doesNotContain("text");
      for (JsonNode snippet : hit.get("snippets")) {
        assertThat(snippet.get("text").asText().toLowerCase()).contains("hinton");
      }
    }
    long inRefs =
        search("refs:\"Geoffrey E Hinton\" OR refs:\"G. E. Hinton\" OR refs:hinton")
            .get("total")
            .asLong();
    long inBody = search("text:hinton").get("total").asLong();
    assertThat(inRefs).isGreaterThan(inBody);
  }

  @Test
  void reingestingTheSamePdfsExtractsNothing() throws IOException {
    CliRun again = CliRun.of("ingest", "--data", data.toString(), "--json", inbox.toString());
    JsonNode report = PaperJson.mapper().readTree(again.out());
    assertThat(report.get("pdfs").get("extracted").asInt()).isZero();
    assertThat(report.get("pdfs").get("cached").asInt()).isEqualTo(16);
    assertThat(report.get("added").asInt()).isZero();
    assertThat(report.get("updated").asInt()).isZero();
  }

  private static JsonNode show(String id) throws IOException {
    return showIn(data, id);
  }

  private static JsonNode showIn(Path dataDir, String id) throws IOException {
    CliRun run = CliRun.of("show", "--data", dataDir.toString(), "--json", id);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return PaperJson.mapper().readTree(run.out());
  }

  private static JsonNode search(String query) throws IOException {
    CliRun run = CliRun.of("search", "--data", data.toString(), "--json", "--limit", "20", query);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return PaperJson.mapper().readTree(run.out());
  }

  private static JsonNode firstTextSnippet(JsonNode result, String id) {
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("id").asText().equals(id)) {
        for (JsonNode snippet : hit.get("snippets")) {
          if (snippet.get("field").asText().equals("text")) {
            return snippet;
          }
        }
      }
    }
    throw new AssertionError("no full-text snippet for " + id + " in " + result);
  }
}
