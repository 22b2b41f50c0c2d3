package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.PaperJson;

/**
 * End to end on the real conference files under ../shared/data: ingest them through the CLI, then
 * check counts against figures computed here independently from the raw JSON.
 */
@Tag("slow")
@ExtendWith(SharedData.class)
class DemoCorpusIT {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  @TempDir static Path dir;
  static Path data;
  static JsonNode report;

  @BeforeAll
  static void ingest() throws IOException {
    data = dir.resolve("data");
    CliRun run =
        CliRun.of(
            "ingest",
            "--no-enrich",
            "--data",
            data.toString(),
            "--json",
            SharedData.dir().resolve("ml-conference-papers").toString(),
            SharedData.dir().resolve("iclr-openreview/papercopilot").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    report = PaperJson.mapper().readTree(run.out());
  }

  @Test
  void everyRecordIsReadAndOnlyTheUntitledOneIsRejected() throws IOException {
    Map<String, Long> expected = rawCounts();
    assertThat(report.get("read").asLong()).isEqualTo(expected.get("records"));
    assertThat(report.get("rejected").asLong()).isEqualTo(expected.get("untitled"));
    assertThat(
            report.get("added").asLong()
                + report.get("updated").asLong()
                + report.get("unchanged").asLong())
        .isEqualTo(expected.get("records") - expected.get("untitled"));
  }

  @Test
  void phraseCountMatchesAnIndependentScanOfTheAbstracts() throws IOException {
    long expected = rawCounts().get("dataAugmentation");
    JsonNode result = search("abstract:\"data augmentation\"");
    assertThat(expected).isGreaterThan(50);
    assertThat(result.get("total").asLong()).isEqualTo(expected);
  }

  @Test
  void venueFacetsMatchTheFiles() throws IOException {
    JsonNode venues = search("").get("facets").get("venue");
    Map<String, Long> expected = rawCounts();
    assertThat(venues.get("NeurIPS").asLong()).isEqualTo(expected.get("nips"));
    assertThat(venues.get("ICML").asLong()).isEqualTo(expected.get("icml"));
  }

  @Test
  void rerunningChangesNothing() throws IOException {
    CliRun again =
        CliRun.of(
            "ingest",
            "--data",
            data.toString(),
            "--json",
            SharedData.dir().resolve("ml-conference-papers/icml").toString());
    JsonNode second = PaperJson.mapper().readTree(again.out());
    assertThat(second.get("unchanged").asLong()).isEqualTo(second.get("read").asLong());
    assertThat(second.get("added").asLong()).isZero();
  }

  private static JsonNode search(String query) throws IOException {
    CliRun run = CliRun.of("search", "--data", data.toString(), "--json", "--limit", "1", query);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return PaperJson.mapper().readTree(run.out());
  }

  /** Counts computed straight from the raw files, without PaperScope's readers. */
  private static Map<String, Long> rawCounts() throws IOException {
    Map<String, Long> counts = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(SharedData.dir().resolve("ml-conference-papers")),
            Files.list(SharedData.dir().resolve("iclr-openreview/papercopilot")))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).toList();
    }
    for (Path file : files) {
      try (JsonParser parser = PaperJson.mapper().createParser(file.toFile())) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          JsonNode record = PaperJson.mapper().readTree(parser);
          count(counts, "records");
          if (record.path("title").asText("").isBlank()) {
            count(counts, "untitled");
            continue;
          }
          String name = file.getFileName().toString();
          count(
              counts, name.startsWith("nips") ? "nips" : name.startsWith("icml") ? "icml" : "iclr");
          String words =
              " "
                  + NON_WORD
                      .matcher(record.path("abstract").asText("").toLowerCase(Locale.ROOT))
                      .replaceAll(" ")
                  + " ";
          if (words.contains(" data augmentation ")) {
            count(counts, "dataAugmentation");
          }
        }
      }
    }
    counts.putIfAbsent("untitled", 0L);
    return counts;
  }

  private static void count(Map<String, Long> counts, String key) {
    counts.merge(key, 1L, Long::sum);
  }
}
