package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer sees from the launcher and the server on the first commands. */
class LauncherIT {
  @TempDir Path dir;

  @Test
  void serveOnABusyPortSaysSoInOneLineAndExitsWithOne() throws Exception {
    Path data = dir.resolve("data");
    Path papers = Files.writeString(dir.resolve("p.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    assertThat(CliRun.of("ingest", "--data", data.toString(), papers.toString()).exitCode())
        .isZero();
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process serve =
          new ProcessBuilder(
                  java.toString(),
                  // The launcher's flags (bin/paperscope), whose first stderr line it drops.
                  "--add-modules",
                  "jdk.incubator.vector",
                  "--enable-native-access=ALL-UNNAMED",
                  "-cp",
                  System.getProperty("java.class.path"),
                  PaperScopeCommand.class.getName(),
                  "serve",
                  "--data",
                  data.toString(),
                  "--port",
                  String.valueOf(busy.getLocalPort()))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(serve.exitValue()).isEqualTo(1);
      assertThat(err.lines().dropWhile(l -> l.startsWith("WARNING: Using incubator")).toList())
          .containsExactly(
              "paperscope serve: cannot listen on 127.0.0.1:"
                  + busy.getLocalPort()
                  + " (Address already in use); try another --port");
    }
  }

  @Test
  void theLauncherDropsTheJvmIncubatorWarningAndNothingElse() throws Exception {
    assertThat(
            filter("WARNING: Using incubator modules: jdk.incubator.vector\nerror: x\n\rp 1\rp 2"))
        .isEqualTo("error: x\n\rp 1\rp 2");
    assertThat(filter("paperscope search: bad query\nmore\n"))
        .isEqualTo("paperscope search: bad query\nmore\n");
    assertThat(filter("")).isEmpty();
  }

  /** Runs the launcher's stderr filter, taken from bin/paperscope, over {@code input}. */
  private static String filter(String input) throws IOException, InterruptedException {
    String function =
        Files.readString(Path.of("bin/paperscope"))
            .lines()
            .dropWhile(l -> !l.startsWith("drop_incubator_warning()"))
            .takeWhile(l -> !l.equals("}"))
            .reduce("", (a, b) -> a + b + "\n");
    assertThat(function).contains("exec cat");
    Process bash = new ProcessBuilder("bash", "-c", function + "}\ndrop_incubator_warning").start();
    bash.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    bash.getOutputStream().close();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
