package org.paperscope.pdf;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.pdf.PdfRejectedException.Reason;

/**
 * Runs PDF work on a separate thread so that a time limit holds even when PDFBox never returns to
 * our callbacks: the caller waits at most the limit, then interrupts and abandons the work.
 *
 * <p>Threads are daemons from one shared cached pool (idle threads exit after a minute), so an
 * abandoned task cannot keep the JVM alive. Thread-safe.
 */
final class PdfWorkers {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "pdf-worker-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private PdfWorkers() {}

  /** Work that may reject its PDF. */
  @FunctionalInterface
  interface Task<T> {
    T run() throws PdfRejectedException;
  }

  /**
   * Runs {@code task} and returns its result, waiting at most {@code limits.timeoutMillis()}.
   *
   * @throws PdfRejectedException the task's own rejection; {@link Reason#TIMEOUT} when time ran
   *     out; {@link Reason#INTERRUPTED} when the calling thread was interrupted; {@link
   *     Reason#CORRUPT} when PDFBox failed with an unchecked exception or a stack overflow; {@link
   *     Reason#TOO_LARGE} when it ran out of memory
   */
  static <T> T callWithin(PdfLimits limits, Task<T> task) throws PdfRejectedException {
    Callable<T> callable = task::run;
    Future<T> future = POOL.submit(callable);
    try {
      return future.get(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout(limits, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new PdfRejectedException(Reason.INTERRUPTED, "extraction interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(limits, e.getCause());
    }
  }

  /** The rejection for work that ran past the limit. */
  static PdfRejectedException timeout(PdfLimits limits, Throwable cause) {
    return new PdfRejectedException(
        Reason.TIMEOUT, "extraction took longer than " + limits.describeTimeout(), cause);
  }

  private static PdfRejectedException unwrap(PdfLimits limits, Throwable cause) {
    return switch (cause) {
      case PdfRejectedException rejected -> rejected;
      case PdfDeadline.ExceededException exceeded -> timeout(limits, exceeded);
      case OutOfMemoryError oom ->
          new PdfRejectedException(
              Reason.TOO_LARGE, "PDF needs more memory than the heap has", oom);
      case StackOverflowError deep ->
          new PdfRejectedException(Reason.CORRUPT, "corrupt PDF: objects nested too deeply", deep);
      case Error error -> throw error;
      default -> new PdfRejectedException(Reason.CORRUPT, "corrupt PDF: " + describe(cause), cause);
    };
  }

  /** The exception's message, or its class name when it has none. */
  static String describe(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }
}
