package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.harvest.HarvestCommandIT;
import org.paperscope.harvest.HarvestSource;
import org.paperscope.harvest.HarvestStatus;
import org.paperscope.harvest.RecordedApi;

/** {@code serve --harvest}: sources run one after another and their runs are recorded. */
class HarvestSchedulerIT {
  @TempDir Path dir;

  @Test
  void eachSourceRunsInTurnAndItsResultIsRecorded() throws Exception {
    try (RecordedApi api =
        new RecordedApi(
            path ->
                path.startsWith("/api/query")
                    ? RecordedApi.Answer.ok(
                        HarvestCommandIT.feed(
                            HarvestCommandIT.entry("2611.00021", "v1", "Scheduled paper")))
                    : RecordedApi.Answer.status(500, Map.of()))) {
      List<HarvestSource> sources =
          HarvestSource.parseList("arxiv:cs.LG, openreview:X/2025/Conference");
      HarvestScheduler scheduler =
          new HarvestScheduler(
              sources,
              dir.resolve("data"),
              null,
              List.of("--base-url", api.base().toString(), "--delay-ms", "0", "--no-enrich"));
      sources.forEach(scheduler::runOne);
      List<HarvestStatus.Entry> runs = new HarvestStatus(dir.resolve("data/harvest")).read();
      assertThat(runs)
          .extracting(HarvestStatus.Entry::source)
          .containsExactly("arxiv:cs.LG", "openreview:X/2025/Conference");
      assertThat(runs.get(0).ok()).isTrue();
      assertThat(runs.get(0).message()).contains("added 1");
      assertThat(runs.get(1).ok()).isFalse();
      assertThat(runs.get(1).message()).contains("HTTP 500");
      scheduler.close();
    }
  }

  @Test
  void badSourcesAndIntervalsAreUsageErrors() {
    assertThatThrownBy(() -> HarvestSource.parseList("arxiv:cs.LG,rss:foo"))
        .hasMessageContaining("rss:foo");
    assertThat(HarvestScheduler.every("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(HarvestScheduler.every("2d")).isEqualTo(Duration.ofDays(2));
    assertThatThrownBy(() -> HarvestScheduler.every("10s")).hasMessageContaining("at least 1m");
    assertThatThrownBy(() -> HarvestScheduler.every("often")).hasMessageContaining("24h");
    CliRun bad = CliRun.of("serve", "--harvest", "gopher:x", "--data", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("gopher:x");
  }
}
