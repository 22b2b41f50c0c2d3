package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

class LiveIndexIT {
  @TempDir Path data;

  @Test
  void serverPicksUpANewCommitWithoutRestarting() throws Exception {
    TestCorpus.write(data);
    try (ServerHarness harness = ServerHarness.serve(data)) {
      assertThat(total(harness, "kernels")).isEqualTo(1);
      TestCorpus.write(data, List.of(Paper.builder("new1", "Fresh kernels").build()));
      long deadline = System.nanoTime() + 10_000_000_000L;
      long total = 1;
      while (total == 1 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        total = total(harness, "kernels");
      }
      assertThat(total).isEqualTo(2);
      assertThat(harness.client.get("/api/v1/papers/new1").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void stoppedServerRefusesConnections() throws Exception {
    TestCorpus.write(data);
    ServerHarness harness = ServerHarness.serve(data);
    assertThat(harness.client.get("/").statusCode()).isEqualTo(200);
    harness.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness.client.get("/"))
        .isInstanceOf(java.io.IOException.class);
  }

  private static long total(ServerHarness harness, String q) throws Exception {
    JsonNode result =
        PaperJson.mapper().readTree(harness.client.get("/api/v1/search?q=" + q).body());
    return result.path("total").asLong();
  }
}
