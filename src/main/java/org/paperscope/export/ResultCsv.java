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
 * canonical link ({@link Citation#url}). Opened with {@link PaperExtras}, the {@code tldr} column
 * holds the author's TL;DR, else the generated one, and four more columns follow: {@code
 * has_vector} (whether the paper has a sentence embedding), {@code tldr_source} ({@code author},
 * {@code auto} or {@code none}), {@code auto_tldr} and {@code auto_tags} (tags PaperScope gave a
 * paper without keywords; the {@code tags} column holds the authors'). Not thread-safe.
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

  /** The columns {@link PaperExtras} add. */
  public static final List<String> EXTRA_COLUMNS =
      List.of("has_vector", "tldr_source", "auto_tldr", "auto_tags");

  private final CSVPrinter csv;
  private final PaperExtras extras;

  private ResultCsv(Writer out, PaperExtras extras) {
    this.extras = extras;
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
   * A writer that has written the header row to {@code out}, with the {@link #EXTRA_COLUMNS} when
   * {@code extras} is not null.
   */
  public static ResultCsv open(Writer out, PaperExtras extras) throws IOException {
    ResultCsv writer = new ResultCsv(out, extras);
    if (extras == null) {
      writer.csv.printRecord(COLUMNS);
    } else {
      List<String> columns = new ArrayList<>(COLUMNS);
      columns.addAll(EXTRA_COLUMNS);
      writer.csv.printRecord(columns);
    }
    return writer;
  }

  /** Like {@link #open}, after a UTF-8 byte order mark, which Excel needs to read UTF-8. */
  public static ResultCsv openForExcel(Writer out) throws IOException {
    return openForExcel(out, null);
  }

  /** Like {@link #open(Writer, PaperExtras)}, after a UTF-8 byte order mark. */
  public static ResultCsv openForExcel(Writer out, PaperExtras extras) throws IOException {
    out.write(BOM);
    return open(out, extras);
  }

  /** Writes the paper's row; lists are joined with "; ". */
  @Override
  public void write(Paper p) throws IOException {
    String autoTldr = extras == null ? null : extras.autoTldr(p);
    String tldr = p.tldr() != null ? p.tldr() : autoTldr;
    List<String> cells =
        new ArrayList<>(
            List.of(
                p.id(),
                LatexText.toUnicode(p.title()),
                String.join("; ", p.authors()),
                text(p.venue()),
                p.year() == null ? "" : String.valueOf(p.year()),
                text(p.decision()),
                text(LatexText.toUnicode(tldr)),
                text(LatexText.toUnicode(p.abstractText())),
                String.join("; ", p.keywords().stream().map(LatexText::toUnicode).toList()),
                text(Citation.of(p).url()),
                text(p.links().pdf())));
    if (extras != null) {
      cells.add(String.valueOf(extras.hasVector(p)));
      cells.add(p.tldr() != null ? "author" : autoTldr != null ? "auto" : "none");
      cells.add(text(autoTldr));
      cells.add(String.join("; ", extras.autoTags(p).stream().map(LatexText::toUnicode).toList()));
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
