package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfRejectedException;

/**
 * Accuracy of title detection on the PDFs that come with expected titles ({@link PdfGroundTruth}).
 *
 * <p>A detected title is correct when it equals the expected one after normalisation: NFKC, lower
 * case, every run of characters other than letters and digits made one space, ends trimmed. A
 * rejected PDF counts as wrong. Thread-safe.
 */
public final class PdfTitleEvaluation {
  /**
   * The accuracy issue 3 asks for. The figure measured on ../shared/data/pdfs is pinned in
   * src/main/resources/eval/regressions/pdf-titles.yaml.
   */
  public static final double TARGET_ACCURACY = 0.90;

  /** One PDF's outcome; {@code detected} is {@code "(rejected: reason)"} for a rejected PDF. */
  public record Row(String file, String expected, String detected, boolean correct) {}

  /** All rows, sorted by file. */
  public record Result(List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** Fraction of rows correct, in [0, 1]; 0 when there are none. */
    public double accuracy() {
      return rows.isEmpty() ? 0 : (double) correct() / rows.size();
    }

    public long correct() {
      return rows.stream().filter(Row::correct).count();
    }

    /** A Markdown table of every file, then the overall accuracy beside the target. */
    public String toMarkdown() {
      StringBuilder out =
          new StringBuilder("| file | expected | detected | ok |\n|---|---|---|---|\n");
      for (Row row : rows) {
        out.append(
            "| %s | %s | %s | %s |\n"
                .formatted(
                    cell(row.file()),
                    cell(row.expected()),
                    cell(row.detected()),
                    row.correct() ? "yes" : "**no**"));
      }
      out.append("\n| metric | PaperScope | target |\n|---|---:|---:|\n");
      out.append(
          "| title accuracy | %.1f%% (%d/%d) | ≥ %.0f%% |\n"
              .formatted(100 * accuracy(), correct(), rows.size(), 100 * TARGET_ACCURACY));
      return out.toString();
    }
  }

  private final PdfExtractor extractor;

  public PdfTitleEvaluation(PdfExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Runs the evaluation over the PDFs under {@code pdfsDir} that have expected titles.
   *
   * @throws IOException when the directory or a ground-truth file cannot be read
   */
  public Result run(Path pdfsDir) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Path, String> expected : PdfGroundTruth.titles(pdfsDir).entrySet()) {
      String detected;
      try {
        detected = extractor.extract(expected.getKey()).title();
      } catch (PdfRejectedException e) {
        detected = "(rejected: " + e.getMessage() + ")";
      }
      boolean correct =
          detected != null && normalise(detected).equals(normalise(expected.getValue()));
      rows.add(
          new Row(
              pdfsDir.relativize(expected.getKey()).toString(),
              expected.getValue(),
              detected,
              correct));
    }
    return new Result(rows);
  }

  /** The comparison form of a title. */
  static String normalise(String title) {
    return Normalizer.normalize(title, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  static String cell(String text) {
    return text == null ? "—" : text.replace("|", "\\|").replace("\n", " ");
  }
}
