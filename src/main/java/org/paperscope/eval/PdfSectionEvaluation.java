package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfRejectedException;
import org.paperscope.pdf.PdfSection;

/**
 * Section detection on the PDFs listed in {@code MANIFEST.tsv} files (the 16 arXiv papers): the
 * fraction whose Abstract, Introduction and References sections were all found.
 *
 * <p>A section counts as found when a heading's name, numbering removed and lower-cased, is {@code
 * abstract}, contains {@code introduction}, or is {@code references} or {@code bibliography}.
 * Thread-safe.
 */
public final class PdfSectionEvaluation {
  /** One PDF's findings; {@code note} is empty or says why the PDF was rejected. */
  public record Row(
      String file, boolean abstractFound, boolean introduction, boolean references, String note) {
    /** Whether all three sections were found. */
    public boolean complete() {
      return abstractFound && introduction && references;
    }
  }

  /** All rows, sorted by file. */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** Fraction of PDFs with all three sections, in [0, 1]; 0 when there are none. */
    public double fraction() {
      return rows.isEmpty() ? 0 : (double) complete() / rows.size();
    }

    public long complete() {
      return rows.stream().filter(Row::complete).count();
    }

    /** Markdown: one row per PDF, then the fraction. */
    public String toMarkdown() {
      StringBuilder out =
          new StringBuilder(
              "| file | Abstract | Introduction | References | note |\n|---|---|---|---|---|\n");
      for (Row r : rows) {
        out.append(
            "| %s | %s | %s | %s | %s |\n"
                .formatted(
                    PdfTitleEvaluation.cell(r.file()),
                    mark(r.abstractFound()),
                    mark(r.introduction()),
                    mark(r.references()),
                    PdfTitleEvaluation.cell(r.note())));
      }
      out.append("\n| metric | PaperScope |\n|---|---:|\n");
      out.append(
          "| all of Abstract, Introduction, References | %.1f%% (%d/%d) |\n"
              .formatted(100 * fraction(), complete(), rows.size()));
      return out.toString();
    }

    private static String mark(boolean found) {
      return found ? "yes" : "**no**";
    }
  }

  private final PdfExtractor extractor;

  public PdfSectionEvaluation(PdfExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Runs over the manifest-listed PDFs under {@code pdfsDir}.
   *
   * @throws IOException when a manifest cannot be read
   */
  public Result run(Path pdfsDir) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Path pdf : PdfGroundTruth.manifestPdfs(pdfsDir)) {
      String name = pdfsDir.relativize(pdf).toString();
      try {
        rows.add(row(name, extractor.extract(pdf)));
      } catch (PdfRejectedException e) {
        rows.add(new Row(name, false, false, false, "rejected: " + e.getMessage()));
      }
    }
    return new Result(rows);
  }

  private static Row row(String name, PdfDocument document) {
    boolean abstractFound = false;
    boolean introduction = false;
    boolean references = false;
    for (PdfSection section : document.sections()) {
      String title =
          section
              .name()
              .toLowerCase(Locale.ROOT)
              .replaceFirst("^(appendix\\s+)?([0-9ivx]+(\\.[0-9]+)*|[a-h](\\.[0-9]+)*)\\.?\\s+", "")
              .replaceAll("[.:]$", "")
              .strip();
      abstractFound |= title.equals("abstract");
      introduction |= title.contains("introduction");
      references |= title.equals("references") || title.equals("bibliography");
    }
    return new Row(name, abstractFound, introduction, references, "");
  }
}
