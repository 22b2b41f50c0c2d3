package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.paperscope.enrich.EnrichmentRun;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Enrichment progress on stderr, one bar per enrichment: redrawn on a terminal, a plain line every
 * few seconds otherwise. Shows papers done of pending, the rate and the time left.
 */
final class EnrichProgress implements EnrichmentRun.Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private String name;
  private long startNanos;
  private long lastDraw;

  private EnrichProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  static EnrichProgress onStderr(CommandSpec spec) {
    return new EnrichProgress(spec.commandLine().getErr(), ProgressBar.isTerminal());
  }

  @Override
  public void update(String enrichment, int done, int total) {
    long now = System.nanoTime();
    if (!enrichment.equals(name)) {
      name = enrichment;
      startNanos = now;
      lastDraw = 0;
    }
    if (total == 0) {
      return;
    }
    boolean last = done == total;
    if (last || now - lastDraw >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
      lastDraw = now;
      draw(done, total, (now - startNanos) / 1e9, last);
    }
  }

  private void draw(int done, int total, double seconds, boolean last) {
    double rate = done / Math.max(1e-3, seconds);
    String counts =
        String.format(
            Locale.ROOT,
            "%s %,d/%,d papers · %,.1f/s%s",
            name,
            done,
            total,
            rate,
            last || done == 0
                ? ""
                : String.format(Locale.ROOT, " · %.0f s left", (total - done) / rate));
    if (terminal) {
      int filled = WIDTH * done / total;
      err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts + "   ");
      if (last) {
        err.println();
      }
    } else {
      err.println((last ? "done: " : "") + counts);
    }
    err.flush();
  }
}
