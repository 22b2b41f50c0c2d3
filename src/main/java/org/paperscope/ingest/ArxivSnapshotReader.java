package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;
import org.paperscope.paper.TexAccents;

/**
 * Reads the arXiv metadata snapshot (Kaggle {@code arxiv-metadata-oai-snapshot.json}): JSON Lines
 * with {@code id}, {@code authors}, {@code authors_parsed}, {@code title}, {@code abstract}, {@code
 * categories}, {@code versions} and {@code update_date}.
 *
 * <p>Authors come from {@code authors_parsed} ({@code [last, first, suffix, affiliation...]}), else
 * from {@code authors} split on commas and "and"; TeX accents in names and titles are decoded. The
 * year is that of the first version ({@code versions[0].created}), else of {@code update_date}.
 * Categories become keywords, the venue is {@code arXiv}, links point at arxiv.org. Stateless and
 * thread-safe.
 */
public final class ArxivSnapshotReader implements PaperReader {
  private static final String AUTHOR_SEPARATOR = ",\\s*(?:and\\s+)?|\\s+and\\s+";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}.*");

  @Override
  public void read(Path file, ReadOptions options, RecordSink sink) throws IOException {
    JsonLines.read(
        new SourceFile(file, options, sink, SourceName.NONE), ArxivSnapshotReader::paper);
  }

  private static Paper paper(JsonNode record, SourceFile file) throws MalformedRecordException {
    String id = required("id", JsonFields.id(record, "id"));
    String title = required("title", decoded(JsonFields.text(record, "title")));
    return Paper.builder(ArxivIds.withoutVersion(id), title)
        .authors(authors(record))
        .abstractText(JsonFields.text(record, "abstract"))
        .keywords(JsonFields.list(record, "\\s+", "categories"))
        .venue(ArxivIds.VENUE)
        .year(year(record))
        .links(ArxivIds.links(ArxivIds.withoutVersion(id)))
        .build();
  }

  private static String decoded(String text) {
    return PaperText.clean(TexAccents.decode(text));
  }

  private static List<String> authors(JsonNode record) throws MalformedRecordException {
    JsonNode parsed = record.get("authors_parsed");
    if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (JsonNode author : parsed) {
        names.add(TexAccents.decode(parsedName(author)));
      }
      return PaperText.cleanAll(names);
    }
    String authors = TexAccents.decode(JsonFields.text(record, "authors"));
    return PaperText.split(authors, AUTHOR_SEPARATOR);
  }

  /** {@code ["Yuan", "C.-P.", "Jr"]} gives "C.-P. Yuan Jr"; affiliations are dropped. */
  private static String parsedName(JsonNode author) throws MalformedRecordException {
    if (!author.isArray() || author.isEmpty() || !author.get(0).isTextual()) {
      String got = JsonFields.describe(author);
      throw new MalformedRecordException(
          "authors_parsed: expected [last, first] lists, got " + got);
    }
    String last = author.get(0).textValue();
    String first = author.path(1).asText("");
    String suffix = author.path(2).asText("");
    return String.join(" ", first, last, suffix);
  }

  private static Integer year(JsonNode record) throws MalformedRecordException {
    String created = PaperText.clean(record.path("versions").path(0).path("created").asText(null));
    if (created != null) {
      return createdYear(created);
    }
    String updated = JsonFields.text(record, "update_date");
    if (updated == null) {
      return null;
    }
    Matcher date = ISO_DATE.matcher(updated);
    if (!date.matches()) {
      throw new MalformedRecordException(
          "update_date: expected a date like \"2008-11-26\", got " + FieldText.quote(updated));
    }
    return FieldText.checkYear("update_date", Integer.parseInt(date.group(1)));
  }

  private static int createdYear(String created) throws MalformedRecordException {
    String field = "versions[0].created";
    int year;
    try {
      year = ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).getYear();
    } catch (DateTimeParseException e) {
      String expected = "expected a date like \"Mon, 2 Apr 2007 19:18:42 GMT\"";
      throw new MalformedRecordException(
          field + ": " + expected + ", got " + FieldText.quote(created), e);
    }
    return FieldText.checkYear(field, year);
  }
}
