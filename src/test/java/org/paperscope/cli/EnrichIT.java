package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

/**
 * PDF full text as an enrichment, through the CLI with real PDFs: when the extracted texts are lost
 * (or outdated), {@code reindex} leaves the papers searchable by metadata and {@code enrich}
 * extracts again from the PDFs kept with {@code --keep-pdfs}, in committed batches that survive
 * {@code kill -9}.
 */
@Tag("slow")
@ExtendWith(SharedData.class)
class EnrichIT {
  @TempDir Path dir;

  @Test
  void lostTextsAreExtractedAgainFromKeptPdfs() throws Exception {
    Path data = ingestWithKeptPdfs(3);
    assertThat(fullTextCount(data)).isEqualTo(3);
    loseTexts(data);
    assertThat(fullTextCount(data)).isZero();
    assertThat(paperCount(data)).isEqualTo(3);

    CliRun enrich = CliRun.of("enrich", "--data", data.toString());
    assertThat(enrich.exitCode()).as(enrich.err()).isZero();
    assertThat(enrich.out())
        .contains("fulltext: 3 pending, 3 computed, 0 already stored, 0 not applicable, 0 failed");
    assertThat(fullTextCount(data)).isEqualTo(3);
    assertThat(CliRun.of("enrich", "--data", data.toString()).out())
        .contains("fulltext: 0 pending");
  }

  @Test
  void withoutKeptPdfsTheFailuresAreReportedOnceAndRetriedOnRequest() throws Exception {
    Path data = ingestWithKeptPdfs(2);
    loseTexts(data);
    try (Stream<Path> kept = Files.list(DataDir.of(data).pdfs())) {
      for (Path pdf : kept.toList()) {
        Files.delete(pdf);
      }
    }
    CliRun enrich = CliRun.of("enrich", "--data", data.toString());
    assertThat(enrich.exitCode()).isZero();
    assertThat(enrich.out()).contains("2 failed").contains("no copy in");
    assertThat(CliRun.of("enrich", "--data", data.toString()).out())
        .contains("fulltext: 0 pending");
    assertThat(CliRun.of("enrich", "--data", data.toString(), "--retry-failed").out())
        .contains("fulltext: 2 pending")
        .contains("2 failed");
    assertThat(paperCount(data)).isEqualTo(2);
  }

  @Test
  void killNineMidEnrichKeepsCommittedBatchesAndTheRerunGoesOn() throws Exception {
    Path data = ingestWithKeptPdfs(8);
    loseTexts(data);

    Process child = startEnrich(data);
    Path texts = DataDir.of(data).text();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (extractedCount(texts) < 3 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(child.isAlive()).as("the child must still be enriching when it is killed").isTrue();
    child.destroyForcibly(); // SIGKILL on Linux
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    // Two batches of one were committed before the third started: they stay enriched.
    long committed = fullTextCount(data);
    assertThat(committed).isBetween(2L, 7L);
    CliRun rerun = CliRun.of("enrich", "--data", data.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.out()).contains("fulltext: " + (8 - committed) + " pending");
    assertThat(fullTextCount(data)).isEqualTo(8);
  }

  @Test
  void killNineMidEmbeddingKeepsCommittedVectorsAndTheRerunEmbedsOnlyWhatIsNotCached()
      throws Exception {
    int papers = 40;
    Path data = dir.resolve("data");
    CliRun ingest =
        CliRun.of("ingest", "--data", data.toString(), "--no-enrich", sciFactPapers(papers));
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(count(data, PaperPart.EMBEDDING)).isZero();

    Process child = startEnrich(data, "--only", "embedding", "--batch", "4");
    Path vectors = DataDir.of(data).cache().resolve("embedding");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (cachedVectors(vectors) < 10 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(child.isAlive()).as("the child must still be embedding when it is killed").isTrue();
    child.destroyForcibly(); // SIGKILL on Linux
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    long committed = count(data, PaperPart.EMBEDDING);
    long cached = cachedVectors(vectors);
    assertThat(committed).isBetween(4L, (long) papers - 1);
    assertThat(cached).isGreaterThanOrEqualTo(committed);
    CliRun rerun = CliRun.of("enrich", "--data", data.toString(), "--only", "embedding");
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    // Vectors cached before the kill are taken from the cache, not embedded again.
    assertThat(rerun.out())
        .contains(
            "embedding: " + (papers - committed) + " pending, " + (papers - cached) + " computed");
    assertThat(count(data, PaperPart.EMBEDDING)).isEqualTo(papers);
    assertThat(cachedVectors(vectors)).isEqualTo(papers);
    assertThat(CliRun.of("enrich", "--data", data.toString()).out())
        .contains("embedding: 0 pending");
  }

  @Test
  void unknownEnrichmentIsAUsageErrorNamingTheKnownOnes() throws Exception {
    Path data = ingestWithKeptPdfs(1);
    CliRun run = CliRun.of("enrich", "--data", data.toString(), "--only", "vectors");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no enrichment named 'vectors'").contains("fulltext");
  }

  private Path ingestWithKeptPdfs(int count) throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (Stream<Path> pdfs = Files.list(SharedData.file("pdfs/labml-arxiv"))) {
      for (Path pdf :
          pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(count).toList()) {
        Files.copy(pdf, inbox.resolve(pdf.getFileName()));
      }
    }
    Path data = dir.resolve("data");
    CliRun ingest = CliRun.of("ingest", "--data", data.toString(), "--keep-pdfs", inbox.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    return data;
  }

  /** Deletes the extracted texts and rebuilds the index, which then lacks the full texts. */
  private static void loseTexts(Path data) throws IOException {
    try (Stream<Path> files = Files.list(DataDir.of(data).text())) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    CliRun reindex = CliRun.of("reindex", "--data", data.toString());
    assertThat(reindex.exitCode()).as(reindex.err()).isZero();
  }

  private static long extractedCount(Path texts) throws IOException {
    if (!Files.isDirectory(texts)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(texts)) {
      return files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  private static long fullTextCount(Path data) throws Exception {
    return count(data, PaperPart.FULL_TEXT);
  }

  private static long count(Path data, PaperPart part) throws Exception {
    try (PaperSearch papers =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      return papers.countHaving(part);
    }
  }

  /** The first {@code count} SciFact abstracts as PaperScope JSON Lines; returns the file. */
  private String sciFactPapers(int count) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<String> corpus = Files.lines(SharedData.file("beir-scifact/corpus.jsonl"))) {
      for (String line : corpus.limit(count).toList()) {
        JsonNode doc = PaperJson.mapper().readTree(line);
        ObjectNode paper = PaperJson.mapper().createObjectNode();
        paper.put("id", "scifact-" + doc.path("_id").asText());
        paper.put("title", doc.path("title").asText());
        paper.put("abstract", doc.path("text").asText());
        lines.add(PaperJson.mapper().writeValueAsString(paper));
      }
    }
    return Files.write(dir.resolve("scifact.jsonl"), lines).toString();
  }

  private static long cachedVectors(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".f32")).count();
    }
  }

  private static long paperCount(Path data) throws Exception {
    try (PaperSearch papers =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      return papers.paperCount();
    }
  }

  private static Process startEnrich(Path data) throws IOException {
    return startEnrich(data, "--batch", "1");
  }

  private static Process startEnrich(Path data, String... options) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                System.getProperty("java.class.path"),
                PaperScopeCommand.class.getName(),
                "enrich",
                "--data",
                data.toString(),
                "--threads",
                "1"));
    command.addAll(List.of(options));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
