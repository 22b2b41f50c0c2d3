package org.paperscope.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;
import org.paperscope.ingest.IngestProgress;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Ingest progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise
 * (logs, CI). The bar shows files done, papers read and the rate.
 */
final class ProgressBar implements IngestProgress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private int files;
  private int fileIndex;
  private long records;

  private ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.lastDraw = startNanos;
  }

  static ProgressBar onStderr(CommandSpec spec) {
    return new ProgressBar(spec.commandLine().getErr(), isTerminal());
  }

  @Override
  public void started(int fileCount, long totalBytes) {
    this.files = fileCount;
  }

  @Override
  public void file(Path file, int index) {
    fileIndex = index;
    if (!terminal) {
      err.printf(Locale.ROOT, "reading %s (%d/%d)%n", file, index + 1, files);
      err.flush();
    }
  }

  @Override
  public void record(long recordsRead) {
    records = recordsRead;
    long now = System.nanoTime();
    if (now - lastDraw >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
      lastDraw = now;
      draw(false);
    }
  }

  @Override
  public void finished() {
    fileIndex = files;
    draw(true);
  }

  private void draw(boolean last) {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    String counts =
        String.format(
            Locale.ROOT,
            "%,d papers · %,.0f/s · file %d/%d",
            records,
            records / seconds,
            Math.min(fileIndex + 1, files),
            files);
    if (terminal) {
      int filled = files == 0 ? WIDTH : WIDTH * fileIndex / files;
      err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts + "   ");
      if (last) {
        err.println();
      }
    } else {
      err.println((last ? "done: " : "") + counts);
    }
    err.flush();
  }

  /** True when stderr is an interactive terminal (Console.isTerminal on JDK 22+, else console). */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method method = Console.class.getMethod("isTerminal");
      return (Boolean) method.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
