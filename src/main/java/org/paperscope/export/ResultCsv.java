package org.paperscope.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;

/**
 * Papers as CSV (RFC 4180: CRLF line ends, header row, one row per paper). Cells that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or carriage return) get a leading
 * apostrophe, as OWASP advises against CSV injection. The {@code url} column holds the paper's
 * canonical link ({@link Citation#url}). Opened with a {@link VectorCheck}, a last column {@code
 * has_vector} says whether each paper has a sentence embedding. Not thread-safe.
 */
public final class ResultCsv implements PaperWriter {
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "authors",
          "venue",
          "year",
          "decision",
          "tldr",
          "abstract",
          "keywords",
          "url",
          "pdf");

  /**
   * The byte order mark Excel needs to read a CSV file as UTF-8 (without it, Excel on Windows reads
   * the system code page and garbles every accent).
   */
  static final char BOM = '\uFEFF';

  /** The column a {@link VectorCheck} adds. */
  public static final String HAS_VECTOR = "has_vector";

  private final CSVPrinter csv;
  private final VectorCheck vectors;

  private ResultCsv(Writer out, VectorCheck vectors) {
    this.vectors = vectors;
    try {
      this.csv = new CSVPrinter(out, CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new IllegalStateException("CSVPrinter without a header cannot fail", e);
    }
  }

  /** A writer that has written the header row to {@code out}. */
  public static ResultCsv open(Writer out) throws IOException {
    return open(out, null);
  }

  /**
   * A writer that has written the header row to {@code out}, with a {@code has_vector} column when
   * {@code vectors} is not null.
   */
  public static ResultCsv open(Writer out, VectorCheck vectors) throws IOException {
    ResultCsv writer = new ResultCsv(out, vectors);
    if (vectors == null) {
      writer.csv.printRecord(COLUMNS);
    } else {
      List<String> columns = new ArrayList<>(COLUMNS);
      columns.add(HAS_VECTOR);
      writer.csv.printRecord(columns);
    }
    return writer;
  }

  /** Like {@link #open}, after a UTF-8 byte order mark, which Excel needs to read UTF-8. */
  public static ResultCsv openForExcel(Writer out) throws IOException {
    return openForExcel(out, null);
  }

  /** Like {@link #open(Writer, VectorCheck)}, after a UTF-8 byte order mark. */
  public static ResultCsv openForExcel(Writer out, VectorCheck vectors) throws IOException {
    out.write(BOM);
    return open(out, vectors);
  }

  /** Writes the paper's row; lists are joined with "; ". */
  @Override
  public void write(Paper p) throws IOException {
    List<String> cells =
        new ArrayList<>(
            List.of(
                p.id(),
                LatexText.toUnicode(p.title()),
                String.join("; ", p.authors()),
                text(p.venue()),
                p.year() == null ? "" : String.valueOf(p.year()),
                text(p.decision()),
                text(LatexText.toUnicode(p.tldr())),
                text(LatexText.toUnicode(p.abstractText())),
                String.join("; ", p.keywords().stream().map(LatexText::toUnicode).toList()),
                text(Citation.of(p).url()),
                text(p.links().pdf())));
    if (vectors != null) {
      cells.add(String.valueOf(vectors.hasVector(p)));
    }
    csv.printRecord(cells.stream().map(ResultCsv::defuse).toList());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  static String defuse(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }
}
