package org.paperscope.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.cli.PaperScopeCommand;
import org.paperscope.data.DataDir;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;

/** kill -9 in the middle of a harvest, then a rerun: nothing lost, nothing twice. */
class HarvestKillIT {
  private static final int PAGES = 10;
  private static final Pattern START = Pattern.compile("start=(\\d+)");

  @TempDir Path dir;

  /** Ten pages of two papers, then an empty page; each answer takes a while. */
  private static RecordedApi.Answer page(String path) {
    Matcher m = START.matcher(path);
    int start = m.find() ? Integer.parseInt(m.group(1)) : 0;
    List<String> entries = new ArrayList<>();
    for (int i = start; i < Math.min(start + 2, PAGES * 2); i++) {
      entries.add(
          HarvestCommandIT.entry(String.format("2611.%05d", 100 + i), "v1", "Paper number " + i));
    }
    try {
      Thread.sleep(150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return RecordedApi.Answer.ok(HarvestCommandIT.feed(entries.toArray(String[]::new)));
  }

  private List<String> args(RecordedApi api) {
    return List.of(
        "harvest",
        "arxiv",
        "--category",
        "cs.LG",
        "--data",
        dir.resolve("data").toString(),
        "--base-url",
        api.base().toString(),
        "--delay-ms",
        "0",
        "--page-size",
        "2",
        "--no-enrich");
  }

  @Test
  void aKilledHarvestRerunLosesAndDuplicatesNothing() throws Exception {
    try (RecordedApi api = new RecordedApi(HarvestKillIT::page)) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  PaperScopeCommand.class.getName()));
      command.addAll(args(api));
      Process child =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (api.requests.size() < 4 && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).as("the child is still harvesting").isTrue();
      child.destroyForcibly(); // SIGKILL mid-harvest
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      StringWriter out = new StringWriter();
      int code =
          PaperScopeCommand.execute(
              args(api).toArray(String[]::new),
              new PrintWriter(out, true),
              new PrintWriter(out, true));
      assertThat(code).as(out.toString()).isZero();
    }
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(dir.resolve("data")), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(PAGES * 2);
      for (int i = 0; i < PAGES * 2; i++) {
        assertThat(
                searcher
                    .search(SearchRequest.of("id:" + String.format("2611.%05d", 100 + i)))
                    .total())
            .isEqualTo(1);
      }
    }
  }
}
