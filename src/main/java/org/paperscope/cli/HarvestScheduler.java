package org.paperscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.paperscope.data.DataDir;
import org.paperscope.harvest.HarvestSource;
import org.paperscope.harvest.HarvestStatus;

/**
 * {@code serve --harvest SOURCES --every DURATION}: harvests each source in turn on one background
 * thread, now and then every interval, never two at once (an ingest started meanwhile waits for the
 * index like any writer), and records each run in {@link HarvestStatus} for the status page.
 */
final class HarvestScheduler implements AutoCloseable {
  /** The last lines of a run's output kept for the status page. */
  private static final int KEPT_LINES = 6;

  private final List<HarvestSource> sources;
  private final Path dataDir;
  private final List<String> dbArgs;
  private final HarvestStatus status;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("paperscope-harvest").unstarted(r));

  /**
   * @param db the {@code --db} of the server, or null
   * @param extra further arguments of every harvest (a mirror's {@code --base-url} …)
   */
  HarvestScheduler(List<HarvestSource> sources, Path dataDir, String db, List<String> extra) {
    this.sources = List.copyOf(sources);
    this.dataDir = dataDir;
    List<String> args = new ArrayList<>();
    if (db != null && !db.isBlank()) {
      args.addAll(List.of("--db", db));
    }
    args.addAll(extra);
    this.dbArgs = List.copyOf(args);
    this.status = new HarvestStatus(DataDir.of(dataDir).root().resolve("harvest"));
  }

  /** Starts: a first round now, then one every {@code every}. */
  void start(Duration every) {
    thread.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void round() {
    for (HarvestSource source : sources) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      runOne(source);
    }
  }

  void runOne(HarvestSource source) {
    Instant started = Instant.now();
    record(new HarvestStatus.Entry(source.toString(), started, null, true, ""));
    List<String> args = new ArrayList<>(List.of("harvest"));
    args.addAll(source.arguments());
    args.addAll(List.of("--data", dataDir.toString()));
    args.addAll(dbArgs);
    StringWriter out = new StringWriter();
    int code =
        PaperScopeCommand.execute(
            args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(out, true));
    record(
        new HarvestStatus.Entry(
            source.toString(), started, Instant.now(), code == 0, tail(out.toString())));
  }

  private void record(HarvestStatus.Entry entry) {
    try {
      status.record(entry);
    } catch (IOException e) {
      System.err.println("paperscope serve: cannot write the harvest status: " + e.getMessage());
    }
  }

  private static String tail(String output) {
    List<String> lines = output.strip().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - KEPT_LINES), lines.size()));
  }

  /**
   * A duration as people write it: {@code 24h}, {@code 30m}, {@code 90s}, {@code 2d}.
   *
   * @throws CliErrors.UsageException for anything else or less than a minute
   */
  static Duration every(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+)([smhd])").matcher(text.strip());
    if (!m.matches()) {
      throw new CliErrors.UsageException("--every: write a duration such as 24h, 30m or 2d");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
    if (d.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new CliErrors.UsageException("--every: at least 1m, to be polite to the sources");
    }
    return d;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
