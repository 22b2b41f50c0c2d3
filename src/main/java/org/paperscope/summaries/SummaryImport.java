package org.paperscope.summaries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a community's summaries in: JSON Lines, one summary a line, {@code {"paper": ID} or
 * {"title": exact title}, "language", "markdown", "author", "created", "votes"} (only the paper or
 * title, and markdown, required; the author is a display name, not an account). A record that is
 * malformed or names no known paper is rejected with its file, line and reason, and the rest goes
 * in; a summary already there (same paper, author and text) is not added twice, so an import can be
 * run again.
 */
public final class SummaryImport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNNAMED_AUTHOR = "anonymous";

  /** Finds the paper a record names. */
  public interface Papers {
    /** The id of the paper with this id, if the index has it. */
    Optional<String> byId(String id) throws IOException;

    /** The ids of the papers with this exact title (case and punctuation aside). */
    List<String> byTitle(String title) throws IOException;
  }

  /**
   * What an import did.
   *
   * @param read records read (blank lines aside)
   * @param added summaries added
   * @param unchanged records already there
   * @param rejected records refused, each with where and why
   */
  public record Report(int read, int added, int unchanged, List<Rejected> rejected) {}

  /** A refused record: {@code file:line: reason}. */
  public record Rejected(String file, int line, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reason;
    }
  }

  private final Summaries summaries;
  private final Papers papers;

  public SummaryImport(Summaries summaries, Papers papers) {
    this.summaries = summaries;
    this.papers = papers;
  }

  /**
   * Imports every record of {@code file}.
   *
   * @throws IOException when the file cannot be read
   */
  public Report run(Path file) throws IOException {
    int read = 0;
    int added = 0;
    int unchanged = 0;
    List<Rejected> rejected = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        try {
          if (one(line)) {
            added++;
          } else {
            unchanged++;
          }
        } catch (RecordException e) {
          rejected.add(new Rejected(file.toString(), number, e.getMessage()));
        }
      }
    }
    return new Report(read, added, unchanged, rejected);
  }

  /** Imports one record; false when it is there already. */
  private boolean one(String line) throws RecordException, IOException {
    JsonNode record;
    try {
      record = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordException("not JSON: " + e.getOriginalMessage());
    }
    if (record == null || !record.isObject()) {
      throw new RecordException("not a JSON object");
    }
    String paperId = paper(record);
    String markdown = text(record, "markdown");
    if (markdown == null || markdown.isBlank()) {
      throw new RecordException("no \"markdown\"");
    }
    String author = text(record, "author");
    author = author == null || author.isBlank() ? UNNAMED_AUTHOR : author.strip();
    if (author.length() > 128) {
      throw new RecordException("\"author\" is over 128 characters");
    }
    int votes = votes(record);
    Instant created = created(record);
    SummaryInput input = new SummaryInput(markdown, text(record, "language"), false);
    try {
      SummaryInput checked = input.checked();
      if (summaries.exists(paperId, author, checked.markdown())) {
        return false;
      }
      summaries.importSummary(paperId, author, checked, created, votes);
      return true;
    } catch (SummaryException e) {
      throw new RecordException(e.getMessage());
    }
  }

  private String paper(JsonNode record) throws RecordException, IOException {
    String id = text(record, "paper");
    String title = text(record, "title");
    if (id != null && !id.isBlank()) {
      Optional<String> found = papers.byId(id.strip());
      if (found.isPresent()) {
        return found.get();
      }
      if (title == null) {
        throw new RecordException("no paper with id '" + id + "' in the index");
      }
    }
    if (title == null || title.isBlank()) {
      throw new RecordException("names no paper: give \"paper\" (an id) or \"title\"");
    }
    List<String> ids = papers.byTitle(title);
    if (ids.isEmpty()) {
      throw new RecordException("no paper titled '" + title + "' in the index");
    }
    if (ids.size() > 1) {
      throw new RecordException(
          ids.size()
              + " papers are titled '"
              + title
              + "' ("
              + String.join(", ", ids)
              + "); name one by \"paper\"");
    }
    return ids.get(0);
  }

  private static int votes(JsonNode record) throws RecordException {
    JsonNode votes = record.path("votes");
    if (votes.isMissingNode() || votes.isNull()) {
      return 0;
    }
    if (!votes.canConvertToInt() || !votes.isIntegralNumber() || votes.asInt() < 0) {
      throw new RecordException("\"votes\" must be a whole number of 0 or more");
    }
    return votes.asInt();
  }

  private static Instant created(JsonNode record) throws RecordException {
    String text = text(record, "created");
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException again) {
        throw new RecordException(
            "\"created\" is no ISO-8601 time such as 2020-04-01T12:00:00Z: '" + text + "'");
      }
    }
  }

  private static String text(JsonNode record, String field) throws RecordException {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RecordException("\"" + field + "\" must be a string");
    }
    return value.asText();
  }

  /** Why one record is refused. */
  private static final class RecordException extends Exception {
    RecordException(String message) {
      super(message);
    }
  }
}
