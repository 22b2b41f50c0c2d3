package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;

/**
 * Reads a JSON array of paper objects as papercopilot/paperlists and similar OpenReview scrapes
 * publish them ({@code iclr2018.json}, {@code icml2019.json}, {@code nips2013.json}), and arXiv
 * listings of the same shape.
 *
 * <p>Fields: {@code id}, {@code title}, {@code author} or {@code authors} ({@code ;}-separated or
 * an array), {@code keywords} ({@code ;}-separated or an array), else {@code categories}, {@code
 * abstract}, {@code tldr}, {@code status} or {@code decision}, {@code rating} ({@code 4;6;7} gives
 * the mean; {@code rating_avg} only when {@code rating} is absent), {@code venue}, {@code year},
 * and links {@code pdf}, {@code openreview}/{@code forum}/{@code site} (the paper's page), {@code
 * github}/{@code code}, {@code slides}, {@code poster}, {@code video}. Venue and year default to
 * the file name's ({@link SourceName}), which also prefixes all-digit ids: {@code icml2019-3768}. A
 * record with {@code categories} is an arXiv listing: venue {@code arXiv}, id without version,
 * arXiv links.
 *
 * <p>Streams the array one element at a time. A malformed element is rejected and reading goes on;
 * broken JSON syntax is rejected at its line and ends the file, since nothing after it can be
 * trusted. Stateless and thread-safe.
 */
public final class ConferenceJsonReader implements PaperReader {
  private static final String LIST_SEPARATOR = ";";

  @Override
  public void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    SourceFile file = new SourceFile(path, options, sink, SourceName.ofFile(path));
    try (BufferedReader in = SourceFile.openText(path);
        JsonParser parser = JsonFields.STREAM_MAPPER.createParser(in)) {
      expectArray(parser, file);
      readElements(parser, file);
    }
  }

  private static void expectArray(JsonParser parser, SourceFile file) throws IOException {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JsonProcessingException e) {
      String where = file.source(line(e, parser));
      throw new IOException(where + ": not JSON: " + JsonFields.syntaxError(e), e);
    }
    if (token != JsonToken.START_ARRAY) {
      String found = token == null ? "an empty file" : "'" + token.asString() + "'";
      String where = file.source(line(null, parser));
      throw new IOException(where + ": expected a JSON array, got " + found);
    }
  }

  private static void readElements(JsonParser parser, SourceFile file) throws IOException {
    try {
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        long line = parser.currentTokenLocation().getLineNr();
        if (token == null) {
          file.reject(line, "invalid JSON, stopped reading: the array is not closed");
          return;
        }
        JsonNode element = JsonFields.STREAM_MAPPER.readTree(parser);
        file.deliver(line, () -> paper(element, file));
      }
    } catch (JsonProcessingException e) {
      String reason = "invalid JSON, stopped reading: " + JsonFields.syntaxError(e);
      file.reject(line(e, parser), reason);
    }
  }

  private static long line(JsonProcessingException e, JsonParser parser) {
    JsonLocation location = e == null ? null : e.getLocation();
    return (location != null ? location : parser.currentLocation()).getLineNr();
  }

  private static Paper paper(JsonNode record, SourceFile file) throws MalformedRecordException {
    if (!record.isObject()) {
      throw new MalformedRecordException(
          "expected a JSON object, got " + JsonFields.describe(record));
    }
    boolean arxiv = record.hasNonNull("categories");
    String id = required("id", id(record, file, arxiv));
    String title = required("title", JsonFields.text(record, "title"));
    String venue = JsonFields.text(record, "venue");
    return Paper.builder(id, title)
        .authors(authors(record))
        .abstractText(JsonFields.text(record, "abstract"))
        .tldr(JsonFields.text(record, "tldr"))
        .keywords(keywords(record))
        .venue(venue == null && arxiv ? ArxivIds.VENUE : venue)
        .year(JsonFields.year(record, "year"))
        .decision(JsonFields.text(record, "status", "decision"))
        .rating(rating(record))
        .links(links(record, arxiv ? id : null))
        .build();
  }

  private static String id(JsonNode record, SourceFile file, boolean arxiv)
      throws MalformedRecordException {
    String raw = JsonFields.id(record, "id");
    return raw == null ? null : file.id(arxiv ? ArxivIds.withoutVersion(raw) : raw);
  }

  private static List<String> authors(JsonNode record) throws MalformedRecordException {
    List<String> authors = JsonFields.list(record, LIST_SEPARATOR, "author", "authors");
    // A few papercopilot records (those without a detail page) separate authors by commas.
    if (authors.size() == 1 && authors.get(0).contains(",")) {
      return PaperText.split(authors.get(0), ",");
    }
    return authors;
  }

  private static List<String> keywords(JsonNode record) throws MalformedRecordException {
    List<String> keywords = JsonFields.list(record, LIST_SEPARATOR, "keywords");
    return keywords.isEmpty() ? JsonFields.list(record, "\\s+", "categories") : keywords;
  }

  /** papercopilot writes {@code rating_avg: 0} for papers without ratings, so it is a fallback. */
  private static Double rating(JsonNode record) throws MalformedRecordException {
    return record.hasNonNull("rating")
        ? JsonFields.rating(record, "rating")
        : JsonFields.rating(record, "rating_avg");
  }

  private static Links links(JsonNode record, String arxivId) throws MalformedRecordException {
    Links arxiv = arxivId == null ? Links.NONE : ArxivIds.links(arxivId);
    String pdf = JsonFields.url(record, "pdf");
    String forum = JsonFields.url(record, "openreview", "forum", "site");
    return new Links(
        pdf != null ? pdf : arxiv.pdf(),
        forum != null ? forum : arxiv.forum(),
        JsonFields.url(record, "github", "code"),
        JsonFields.url(record, "slides"),
        JsonFields.url(record, "poster"),
        JsonFields.url(record, "video"));
  }
}
