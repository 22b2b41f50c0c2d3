package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;

/**
 * {@code kill -9} in the middle of an ingest leaves the previous commit searchable, and a rerun
 * completes the batch. The ingest runs in a child JVM that is killed with SIGKILL.
 */
@Tag("slow")
class IngestKillIT {
  private static final int BIG_BATCH = 300_000;
  @TempDir Path dir;

  @Test
  void killNineMidIngestLeavesThePreviousIndexAndARerunCompletesIt() throws Exception {
    Path data = dir.resolve("data");
    Path small = writePapers(dir.resolve("small.jsonl"), "first", 10);
    assertThat(
            CliRun.of("ingest", "--no-enrich", "--data", data.toString(), small.toString())
                .exitCode())
        .isZero();
    Path big = writePapers(dir.resolve("big.jsonl"), "second", BIG_BATCH);

    Process child = startIngest(data, big);
    BufferedReader stderr =
        new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
    waitForLine(stderr, "reading ");
    Thread.sleep(1500);
    assertThat(child.isAlive()).as("the child must still be ingesting when it is killed").isTrue();
    child.destroyForcibly(); // SIGKILL on Linux
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(10);
      assertThat(searcher.search(SearchRequest.of("first")).total()).isEqualTo(10);
    }
    CliRun rerun = CliRun.of("ingest", "--no-enrich", "--data", data.toString(), big.toString());
    assertThat(rerun.exitCode()).isZero();
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(10 + BIG_BATCH);
      assertThat(searcher.search(SearchRequest.of("second")).total()).isEqualTo(BIG_BATCH);
    }
  }

  private static Process startIngest(Path data, Path file) throws IOException {
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
                "ingest",
                "--no-enrich",
                "--data",
                data.toString(),
                file.toString()));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void waitForLine(BufferedReader reader, String prefix) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith(prefix)) {
        return;
      }
    }
    throw new AssertionError("child ended before printing '" + prefix + "'");
  }

  private static Path writePapers(Path file, String word, int count) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"%s-%d\",\"title\":\"Paper %d about %s\",\"abstract\":\"An abstract of %s paper number %d with some words.\"}%n",
                word,
                i,
                i,
                word,
                word,
                i));
      }
    }
    return file;
  }
}
