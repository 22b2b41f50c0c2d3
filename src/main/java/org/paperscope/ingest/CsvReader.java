package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;

/**
 * Reads CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks), or
 * a {@code .tsv} file with a header row (IANA: tab-separated, one record per line, no quoting).
 *
 * <p>Columns are found by header name ({@link CsvColumns}). List columns (authors, keywords) may be
 * a Python or JSON list literal ({@code ['math.ST', 'stat.ML']}) or text separated by {@code |},
 * else {@code ;}, else {@code ,}. Venue and year default to the file or parent directory name's
 * ({@link SourceName}: {@code miniconf-iclr2020/papers.csv} is ICLR 2020), which also prefixes
 * all-digit ids. A record's source line is the physical line where it starts. A record with the
 * wrong number of fields is rejected; broken quoting (a quote never closed, text after a closing
 * quote) is rejected at its record and ends the file, since the parser cannot resume. Blank lines
 * are skipped. Stateless and thread-safe.
 */
public final class CsvReader implements PaperReader {
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  /** IANA text/tab-separated-values: no quoting, so a leading {@code "} is part of the text. */
  private static final CSVFormat TSV =
      CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null).get();

  private static final Pattern START_LINE_PREFIX = Pattern.compile("^\\(startline \\d+\\) ");
  private static final List<String> LIST_SEPARATORS = List.of("|", ";", ",");

  /**
   * {@inheritDoc}
   *
   * @throws IOException also when the header row is missing or has no id or title column
   * @throws IllegalArgumentException when {@link ReadOptions#columns} names an unknown field
   */
  @Override
  public void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    SourceFile file = new SourceFile(path, options, sink, SourceName.ofFileOrParent(path));
    try (BufferedReader in = SourceFile.openText(path);
        CSVParser parser = format(path).parse(in)) {
      Iterator<CSVRecord> records = parser.iterator();
      CsvColumns columns = header(records, file);
      readRecords(parser, records, columns, file);
    }
  }

  private static CSVFormat format(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") ? TSV : CSV;
  }

  private static CsvColumns header(Iterator<CSVRecord> records, SourceFile file)
      throws IOException {
    List<String> header;
    try {
      header = records.hasNext() ? records.next().toList() : null;
    } catch (UncheckedIOException e) {
      throw new IOException(file.source(1) + ": invalid CSV header: " + syntaxError(e), e);
    }
    if (header == null) {
      throw new IOException(file.source(1) + ": empty file, expected a header row");
    }
    return CsvColumns.resolve(header, file.options().columns(), file.source(1));
  }

  private static void readRecords(
      CSVParser parser, Iterator<CSVRecord> records, CsvColumns columns, SourceFile file)
      throws IOException {
    long line = parser.getCurrentLineNumber() + 1;
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        file.reject(line, "invalid CSV, stopped reading: " + syntaxError(e));
        return;
      }
      if (!isBlankLine(record)) {
        file.deliver(line, () -> paper(record, columns, file));
      }
      line = parser.getCurrentLineNumber() + 1;
    }
  }

  /** Returns the parser's message for broken CSV; rethrows any other read failure. */
  private static String syntaxError(UncheckedIOException e) throws IOException {
    if (!(e.getCause() instanceof CSVException cause)) {
      throw e.getCause();
    }
    return START_LINE_PREFIX.matcher(cause.getMessage()).replaceFirst("");
  }

  private static boolean isBlankLine(CSVRecord record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  private static Paper paper(CSVRecord record, CsvColumns columns, SourceFile file)
      throws MalformedRecordException {
    if (record.size() != columns.width()) {
      throw new MalformedRecordException(
          "expected " + columns.width() + " fields, got " + record.size());
    }
    Fields fields = new Fields(record, columns);
    String id = required("id", file.id(fields.text("id")));
    String title = required("title", fields.text("title"));
    return Paper.builder(id, title)
        .authors(fields.list("authors"))
        .abstractText(fields.text("abstract"))
        .tldr(fields.text("tldr"))
        .keywords(fields.list("keywords"))
        .venue(fields.text("venue"))
        .year(fields.year())
        .decision(fields.text("decision"))
        .rating(fields.rating())
        .links(fields.links())
        .build();
  }

  /** The paper fields of one record. */
  private record Fields(CSVRecord record, CsvColumns columns) {

    String text(String field) {
      return PaperText.clean(columns.get(record, field));
    }

    Integer year() throws MalformedRecordException {
      String raw = columns.get(record, "year");
      return raw == null ? null : FieldText.year(columns.headerOf("year"), raw);
    }

    Double rating() throws MalformedRecordException {
      String raw = columns.get(record, "rating");
      return raw == null ? null : FieldText.rating(columns.headerOf("rating"), raw);
    }

    List<String> list(String field) throws MalformedRecordException {
      String text = text(field);
      if (text == null) {
        return List.of();
      }
      if (ListLiteral.looksLikeList(text)) {
        return PaperText.cleanAll(ListLiteral.parse(columns.headerOf(field), text));
      }
      for (String separator : LIST_SEPARATORS) {
        if (text.contains(separator)) {
          return PaperText.split(text, Pattern.quote(separator));
        }
      }
      return List.of(text);
    }

    Links links() {
      return new Links(
          url("pdf"), url("forum"), url("code"), url("slides"), url("poster"), url("video"));
    }

    private String url(String field) {
      return LinkText.url(columns.get(record, field));
    }
  }
}
