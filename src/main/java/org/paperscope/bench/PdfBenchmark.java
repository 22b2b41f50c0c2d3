package org.paperscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.paperscope.eval.PdfGroundTruth;
import org.paperscope.eval.PdfPopplerText;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfPool;

/**
 * PDF extraction speed: pages per second of PaperScope on one thread and on all cores, against
 * poppler's {@code pdftotext} run sequentially (one process per file) on the same files in the same
 * run, with this process's peak resident set size.
 *
 * <p>One untimed pass of our extraction warms the JIT and the OS file cache; then each run times
 * pdftotext, ours single-threaded and ours on all threads, in that order; medians over the runs are
 * reported. Not thread-safe; run one at a time.
 */
public final class PdfBenchmark {
  /** The single-thread speed, as a fraction of pdftotext's, issue 3 asks for. */
  public static final double TARGET_RATIO = 0.5;

  /**
   * The medians of one benchmark.
   *
   * @param files PDFs timed
   * @param pages their total page count
   * @param runs timed runs per contender
   * @param threads threads of the parallel run
   * @param singlePagesPerSecond PaperScope on one thread, median
   * @param parallelPagesPerSecond PaperScope on {@code threads} threads, median
   * @param popplerPagesPerSecond pdftotext, sequential, median
   * @param peakRssBytes this process's peak RSS after the runs, or -1 where unknown
   * @param machine CPU, cores, JDK and heap limit
   */
  public record Result(
      int files,
      long pages,
      int runs,
      int threads,
      double singlePagesPerSecond,
      double parallelPagesPerSecond,
      double popplerPagesPerSecond,
      long peakRssBytes,
      String machine) {

    /** PaperScope single-threaded over pdftotext. */
    public double singleRatio() {
      return singlePagesPerSecond / popplerPagesPerSecond;
    }

    /** PaperScope on all threads over pdftotext (sequential). */
    public double parallelRatio() {
      return parallelPagesPerSecond / popplerPagesPerSecond;
    }

    /** Markdown table of the medians and ratios, with the machine. */
    public String toMarkdown() {
      return """
      | extractor | pages/s (median of %d) | ratio to pdftotext |
      |---|---:|---:|
      | pdftotext (poppler), sequential | %.1f | 1.00 |
      | PaperScope, 1 thread | %.1f | %.2f (target ≥ %.2f) |
      | PaperScope, %d threads | %.1f | %.2f |

      %d PDFs, %d pages; peak RSS %d MB; %s
      """
          .formatted(
              runs,
              popplerPagesPerSecond,
              singlePagesPerSecond,
              singleRatio(),
              TARGET_RATIO,
              threads,
              parallelPagesPerSecond,
              parallelRatio(),
              files,
              pages,
              peakRssBytes >> 20,
              machine);
    }
  }

  private final PdfLimits limits;
  private final int runs;
  private final int threads;

  /**
   * @param limits extraction limits
   * @param runs timed runs per contender, positive
   * @param threads threads for the parallel run, positive
   */
  public PdfBenchmark(PdfLimits limits, int runs, int threads) {
    this.limits = limits;
    this.runs = runs;
    this.threads = threads;
  }

  /**
   * Benchmarks every PDF under {@code pdfsDir}.
   *
   * @throws IOException when the directory cannot be read or pdftotext fails
   * @throws IllegalStateException when pdftotext is not installed
   */
  public Result run(Path pdfsDir) throws IOException, InterruptedException {
    PdfPopplerText.requireInstalled();
    List<Path> pdfs = PdfGroundTruth.pdfs(pdfsDir);
    long pages = pageCount(pdfs);
    PdfPool single = new PdfPool(new PdfExtractor(limits), 1, Optional.empty());
    PdfPool parallel = new PdfPool(new PdfExtractor(limits), threads, Optional.empty());
    single.extractAll(pdfs, PdfPool.Progress.NONE);
    double[] poppler = new double[runs];
    double[] ours = new double[runs];
    double[] oursParallel = new double[runs];
    for (int run = 0; run < runs; run++) {
      poppler[run] = pages / seconds(() -> popplerAll(pdfs));
      ours[run] = pages / seconds(() -> single.extractAll(pdfs, PdfPool.Progress.NONE));
      oursParallel[run] = pages / seconds(() -> parallel.extractAll(pdfs, PdfPool.Progress.NONE));
    }
    return new Result(
        pdfs.size(),
        pages,
        runs,
        threads,
        Percentiles.of(ours, 50),
        Percentiles.of(oursParallel, 50),
        Percentiles.of(poppler, 50),
        ProcessMemory.peakRssBytes(),
        machine());
  }

  @FunctionalInterface
  private interface Timed {
    void run() throws IOException, InterruptedException;
  }

  private static double seconds(Timed work) throws IOException, InterruptedException {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void popplerAll(List<Path> pdfs) throws IOException {
    for (Path pdf : pdfs) {
      PdfPopplerText.text(pdf);
    }
  }

  private static long pageCount(List<Path> pdfs) throws IOException {
    long pages = 0;
    for (Path pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        pages += document.getNumberOfPages();
      } catch (IOException e) {
        // A PDF PDFBox cannot open still costs both contenders a try; it adds no pages.
      }
    }
    return pages;
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    } catch (IOException e) {
      // Not Linux: the CPU name is only for the report.
    }
    return String.format(
        Locale.ROOT,
        "%s, %d cores, Java %s, max heap %d MB",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
