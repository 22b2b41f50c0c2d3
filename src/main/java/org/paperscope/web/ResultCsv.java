package org.paperscope.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;

/**
 * A result set as CSV (RFC 4180, header row). Cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe, as OWASP
 * advises against CSV injection. LaTeX in titles, TL;DRs, abstracts and keywords is written in its
 * Unicode form ("Adam⁺"), which a spreadsheet shows. Thread-safe.
 */
final class ResultCsv {
  static final List<String> COLUMNS =
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

  private ResultCsv() {}

  /** The papers as CSV text; lists are joined with "; ", the url is the paper's page. */
  static String write(List<Paper> papers, String baseUrl) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(COLUMNS);
      for (Paper p : papers) {
        csv.printRecord(
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
                    baseUrl + SearchLinks.paper(p.id()),
                    text(p.links().pdf()))
                .stream()
                .map(ResultCsv::defuse)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
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
