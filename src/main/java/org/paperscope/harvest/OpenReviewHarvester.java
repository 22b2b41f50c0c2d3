package org.paperscope.harvest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.harvest.ArxivHarvester.PageDone;
import org.paperscope.ingest.RecordSink;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Harvests an OpenReview venue through API v2 ({@code /notes?content.venueid=…}, newest change
 * first by {@code sort=tmdate:desc}, paged by {@code offset}): per note its title, authors,
 * abstract, keywords, the authors' TL;DR, venue (with the decision it names, e.g. "ICLR 2025
 * Poster"), PDF and forum links; the id is the forum id. A note without a title is rejected with
 * its reason; malformed JSON fails the page.
 *
 * <p>Incremental: given the newest modification time ({@code tmdate}, milliseconds) a previous run
 * saw, paging stops at the first note changed before it, so a daily run over an unchanged venue
 * asks for one page and hands on nothing. (API v2 documents {@code mintcdate} for creation but no
 * filter by modification, hence the sort and the stop.)
 */
public final class OpenReviewHarvester {
  /** The public API v2. */
  public static final URI PUBLIC = URI.create("https://api2.openreview.net");

  /** The site that forum and PDF links point at. */
  private static final String SITE = "https://openreview.net";

  static final int PAGE_SIZE = 1000;

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

  private final PoliteFetcher fetcher;
  private final URI base;
  private final int pageSize;

  public OpenReviewHarvester(PoliteFetcher fetcher, URI base, int pageSize) {
    this.fetcher = fetcher;
    this.base = base;
    this.pageSize = pageSize;
  }

  /** What a run handed on, and the newest modification time it saw (to start from next time). */
  public record Result(int fetched, OptionalLong newest) {}

  /**
   * Fetches the notes of the venue changed at or after {@code since} (every note when empty), each
   * as a paper or a rejection, page by page, newest change first.
   *
   * @return how many notes were handed on, and the newest {@code tmdate} among them
   * @throws IOException when a request fails or a page is no notes JSON
   */
  public Result harvest(String venueId, OptionalLong since, RecordSink sink, PageDone pageDone)
      throws IOException {
    int fetched = 0;
    long newest = Long.MIN_VALUE;
    for (int offset = 0; ; offset += pageSize) {
      URI uri = pageUri(venueId, offset);
      JsonNode notes = notes(uri);
      boolean older = false;
      for (int i = 0; i < notes.size(); i++) {
        JsonNode note = notes.get(i);
        JsonNode changed = note.get("tmdate");
        if (changed != null && changed.canConvertToLong()) {
          long tmdate = changed.asLong();
          if (since.isPresent() && tmdate < since.getAsLong()) {
            // Sorted newest first: everything from here on is in already.
            older = true;
            break;
          }
          newest = Math.max(newest, tmdate);
        }
        deliver(note, venueId, uri + "#" + (offset + i), sink);
        fetched++;
      }
      pageDone.run();
      if (older || notes.size() < pageSize) {
        return new Result(
            fetched, newest == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(newest));
      }
    }
  }

  private JsonNode notes(URI uri) throws IOException {
    JsonNode body;
    try {
      body = PaperJson.mapper().readTree(fetcher.get(uri));
    } catch (JsonProcessingException e) {
      throw new IOException(uri + ": not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode notes = body == null ? null : body.get("notes");
    if (notes == null || !notes.isArray()) {
      throw new IOException(uri + ": no \"notes\" array in the answer");
    }
    return notes;
  }

  private static void deliver(JsonNode note, String venueId, String source, RecordSink sink) {
    String id = text(note, "forum");
    if (id == null) {
      id = text(note, "id");
    }
    JsonNode content = note.path("content");
    String title = value(content, "title");
    if (id == null || title == null || title.isBlank()) {
      sink.reject(source, "a note without an id or a title");
      return;
    }
    String venue = value(content, "venue");
    String pdf = value(content, "pdf");
    sink.accept(
        Paper.builder(id, title.strip())
            .authors(values(content, "authors"))
            .abstractText(value(content, "abstract"))
            .keywords(values(content, "keywords"))
            .tldr(firstValue(content, "TLDR", "TL;DR", "tldr"))
            .venue(venueName(venueId))
            .year(year(venueId))
            .decision(decision(venue))
            .links(
                new Links(
                    pdf == null ? null : (pdf.startsWith("/") ? SITE + pdf : pdf),
                    SITE + "/forum?id=" + id,
                    null,
                    null,
                    null,
                    null))
            .build(),
        source);
  }

  /** "ICLR.cc/2025/Conference" → "ICLR". */
  static String venueName(String venueId) {
    String first = venueId.split("/", 2)[0];
    return first.replaceAll("\\.(cc|org|com|net)$", "");
  }

  static Integer year(String venueId) {
    Matcher m = YEAR.matcher(venueId);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  /** The decision a venue string names: "ICLR 2025 Poster" → "Poster"; null when none. */
  static String decision(String venue) {
    if (venue == null) {
      return null;
    }
    String lower = venue.toLowerCase(Locale.ROOT);
    for (String kind :
        List.of("oral", "spotlight", "poster", "withdrawn", "rejected", "submitted")) {
      if (lower.contains(kind)) {
        return kind.equals("submitted")
            ? null
            : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /** API v2 wraps every content field as {@code {"value": …}}. */
  private static String value(JsonNode content, String field) {
    JsonNode value = content.path(field).path("value");
    return value.isTextual() ? value.asText() : null;
  }

  private static String firstValue(JsonNode content, String... fields) {
    for (String field : fields) {
      String value = value(content, field);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static List<String> values(JsonNode content, String field) {
    List<String> out = new ArrayList<>();
    content
        .path(field)
        .path("value")
        .forEach(
            v -> {
              if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
              }
            });
    return out;
  }

  URI pageUri(String venueId, int offset) {
    return base.resolve(
        "/notes?content.venueid="
            + URLEncoder.encode(venueId, StandardCharsets.UTF_8)
            + "&sort=tmdate:desc&limit="
            + pageSize
            + "&offset="
            + offset);
  }
}
