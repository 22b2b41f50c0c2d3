package org.paperscope.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.data.DataDir;
import org.paperscope.harvest.HarvestStatus;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;

class HarvestPageIT {
  @RegisterExtension
  static final ServerHarness harness =
      ServerHarness.over(
          data -> {
            TestCorpus.write(data);
            HarvestStatus status = new HarvestStatus(DataDir.of(data).root().resolve("harvest"));
            status.record(
                new HarvestStatus.Entry(
                    "arxiv:cs.LG",
                    Instant.parse("2026-11-30T06:00:00Z"),
                    Instant.parse("2026-11-30T06:02:00Z"),
                    true,
                    "fetched 12 records\\nread 12 · added 3 · updated 1 · unchanged 8 · rejected 0"));
            status.record(
                new HarvestStatus.Entry(
                    "openreview:ICLR.cc/2025/Conference",
                    Instant.parse("2026-11-30T06:02:00Z"),
                    null,
                    true,
                    ""));
          });

  @Test
  void theStatusPageShowsEachSourcesLastRun() throws Exception {
    String page = harness.client.get("/harvest").body();
    assertThat(page)
        .contains("arxiv:cs.LG")
        .contains("added 3")
        .contains("done")
        .contains("openreview:ICLR.cc/2025/Conference")
        .contains("Running since");
    assertThat(harness.client.get("/harvest?lang=ar").body()).contains("قيد التشغيل");
  }
}
