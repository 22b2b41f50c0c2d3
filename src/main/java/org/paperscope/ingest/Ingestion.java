package org.paperscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperscope.index.PaperWriter;
import org.paperscope.paper.Paper;

/**
 * One ingest run: finds the source files under the given paths, reads each with its format's
 * reader, and upserts every paper into a {@link PaperWriter}. Bad records and unreadable files are
 * rejected and counted; nothing stops the batch except a failing store.
 *
 * <p>Not thread-safe; use once.
 */
public final class Ingestion {
  private final Optional<SourceFormat> forcedFormat;
  private final ReadOptions options;
  private final PaperWriter store;
  private final IngestProgress progress;
  private final IngestReport report = new IngestReport();
  private final Optional<PdfOptions> pdfOptions;

  /**
   * @param forcedFormat the format every file is read as, or empty to detect per file
   */
  public Ingestion(
      Optional<SourceFormat> forcedFormat,
      ReadOptions options,
      PaperWriter store,
      IngestProgress progress) {
    this(forcedFormat, options, Optional.empty(), store, progress);
  }

  /**
   * @param pdfOptions how to read PDF files among the paths; empty rejects every PDF as unsupported
   */
  public Ingestion(
      Optional<SourceFormat> forcedFormat,
      ReadOptions options,
      Optional<PdfOptions> pdfOptions,
      PaperWriter store,
      IngestProgress progress) {
    this.pdfOptions = pdfOptions;
    this.forcedFormat = forcedFormat;
    this.options = options;
    this.store = store;
    this.progress = progress;
  }

  /**
   * Reads every source file in {@code paths} (files, or directories walked recursively in name
   * order) and returns the report. In a walked folder that holds PDFs, the other files (manifests,
   * licences, ground truth) are side files: skipped and listed in the report, never read as paper
   * metadata. A file named as a path of its own is always read.
   *
   * @throws IOException when the store fails; the caller must then not commit
   */
  public IngestReport run(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      collect(path, files);
    }
    List<Path> pdfs = files.stream().filter(Ingestion::isPdf).toList();
    List<Path> sources = files.stream().filter(f -> !isPdf(f)).toList();
    progress.started(files.size(), totalBytes(files));
    for (int i = 0; i < sources.size(); i++) {
      progress.file(sources.get(i), i);
      readFile(sources.get(i));
    }
    // Records first, so that the PDFs can be matched against them.
    if (!pdfs.isEmpty() && pdfOptions.isEmpty()) {
      pdfs.forEach(pdf -> report.reject(pdf.toString(), "PDF ingest is not enabled here"));
    } else if (!pdfs.isEmpty()) {
      new PdfIngestion(pdfOptions.get(), store, report, progress).run(pdfs, sources.size());
    }
    progress.finished();
    return report;
  }

  private void collect(Path path, List<Path> files) throws IOException {
    if (!Files.exists(path)) {
      report.reject(path.toString(), "no such file or directory");
      return;
    }
    if (!Files.isDirectory(path)) {
      files.add(path);
      return;
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && (SourceFormat.isSourceFile(file) || isPdf(file))) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // An unreadable folder or file is one rejection; the walk goes on.
            report.reject(file.toString(), reason(e));
            return FileVisitResult.CONTINUE;
          }
        });
    Set<Path> pdfFolders = new HashSet<>();
    found.stream().filter(Ingestion::isPdf).forEach(pdf -> pdfFolders.add(pdf.getParent()));
    for (Path file : found.stream().sorted().toList()) {
      if (isPdf(file) || !pdfFolders.contains(file.getParent())) {
        files.add(file);
      } else {
        report.skip(file.toString());
      }
    }
  }

  /** Why a file could not be read, in words: the JDK's exceptions often carry only the path. */
  static String reason(IOException e) {
    return switch (e) {
      case AccessDeniedException a -> "permission denied";
      case NoSuchFileException n -> "no such file";
      case FileSystemLoopException l -> "a symbolic link loops back to a folder above it";
      default ->
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    };
  }

  private void readFile(Path file) throws IOException {
    Optional<SourceFormat> format;
    try {
      format = forcedFormat.isPresent() ? forcedFormat : SourceFormat.detect(file);
    } catch (IOException e) {
      report.reject(file.toString(), "unreadable: " + reason(e));
      return;
    }
    if (format.isEmpty()) {
      report.reject(file.toString(), "unknown file format; use --format to say which it is");
      return;
    }
    try {
      format.get().reader().read(file, options, new Sink());
    } catch (StoreFailure e) {
      throw e.getCause();
    } catch (IOException e) {
      report.reject(
          file.toString(), "unreadable as " + format.get().formatName() + ": " + reason(e));
    } catch (UncheckedIOException e) {
      report.reject(
          file.toString(),
          "unreadable as " + format.get().formatName() + ": " + reason(e.getCause()));
    }
  }

  private static boolean isPdf(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
  }

  private static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        // Counted as 0 here; reading it reports the problem.
      }
    }
    return total;
  }

  /**
   * A sink that writes each paper it receives to the store and counts it in {@link #report}, as
   * files are: for sources that are no files (harvests). A store failure surfaces as an {@link
   * java.io.UncheckedIOException}.
   */
  public RecordSink sink() {
    Sink sink = new Sink();
    return new RecordSink() {
      @Override
      public void accept(Paper paper, String source) {
        try {
          sink.accept(paper, source);
        } catch (StoreFailure e) {
          throw new java.io.UncheckedIOException(e.getCause());
        }
      }

      @Override
      public void reject(String source, String reason) {
        sink.reject(source, reason);
      }
    };
  }

  /** What was read so far: through {@link #run} and {@link #sink}. */
  public IngestReport report() {
    return report;
  }

  /** Carries a store failure out of a reader's callback without it being taken for a bad file. */
  private static final class StoreFailure extends RuntimeException {
    StoreFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private final class Sink implements RecordSink {
    @Override
    public void accept(Paper paper, String source) {
      Optional<String> tooLong = FieldLimits.DEFAULTS.violation(paper);
      if (tooLong.isPresent()) {
        reject(source, tooLong.get());
        return;
      }
      try {
        report.record(store.upsert(paper));
      } catch (IOException e) {
        throw new StoreFailure(e);
      }
      progress.record(report.read());
    }

    @Override
    public void reject(String source, String reason) {
      report.reject(source, reason);
      progress.record(report.read());
    }
  }
}
