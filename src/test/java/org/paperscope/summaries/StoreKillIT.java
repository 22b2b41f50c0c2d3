package org.paperscope.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperscope.store.Store;
import org.paperscope.store.StoreKind;
import org.paperscope.store.TestStores;

/**
 * kill -9 during writes: every summary the child acknowledged is there afterwards, on both
 * databases, and the store opens and takes writes again.
 */
class StoreKillIT {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void everyAcknowledgedWriteSurvivesKillNine(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Store store = test.store();
      List<String> acknowledged = new ArrayList<>();
      Process child = start(store);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine();
            line != null && acknowledged.size() < 60;
            line = out.readLine()) {
          if (line.startsWith("ack ")) {
            acknowledged.add(line.substring(4));
          }
        }
        child.destroyForcibly(); // SIGKILL, mid-write: the child writes without pause
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);
      Summaries summaries = new Summaries(store, Clock.systemUTC());
      for (String id : acknowledged) {
        assertThat(summaries.get(id, null)).as("acknowledged summary %s", id).isPresent();
      }
      assertThat(summaries.revisions(acknowledged.get(0), null)).hasSize(1);
    }
  }

  private static Process start(Store store) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SummaryWriterProcess.class.getName(),
            store.kind().name(),
            store.location().jdbcUrl(),
            store.location().user() == null ? "" : store.location().user());
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
