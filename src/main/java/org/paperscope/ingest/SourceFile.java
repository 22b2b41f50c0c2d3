package org.paperscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;

/**
 * One source file being read: names each record's source, fills venue and year from the file name
 * and the user's options, and hands each record to the sink.
 *
 * <p>One per {@link PaperReader#read} call; not thread-safe.
 */
final class SourceFile {

  private final Path path;
  private final ReadOptions options;
  private final RecordSink sink;
  private final SourceName name;

  SourceFile(Path path, ReadOptions options, RecordSink sink, SourceName name) {
    this.path = path;
    this.options = options;
    this.sink = sink;
    this.name = name;
  }

  /** Produces one record's paper, or says why it cannot. */
  @FunctionalInterface
  interface RecordParse {
    Paper paper() throws MalformedRecordException;
  }

  Path path() {
    return path;
  }

  /** The user's options; readers need only {@link ReadOptions#columns}. */
  ReadOptions options() {
    return options;
  }

  /** Returns {@code rawId} with the file's id prefix when it applies (see {@link SourceName}). */
  String id(String rawId) {
    return rawId == null ? null : name.id(rawId);
  }

  /** Returns {@code file:line} for the record starting at 1-based {@code line}. */
  String source(long line) {
    return path + ":" + line;
  }

  /**
   * Parses the record starting at {@code line} and accepts its paper, with venue and year taken
   * from the options first, then the record, then the file name; or rejects it with the reason.
   */
  void deliver(long line, RecordParse parse) {
    Paper paper;
    try {
      paper = parse.paper();
    } catch (MalformedRecordException e) {
      reject(line, e.getMessage());
      return;
    }
    sink.accept(withOpenReviewForum(withVenueAndYear(paper)), source(line));
  }

  /**
   * An OpenReview id: 9 to 11 letters, digits, {@code -} or {@code _}, not all digits, and not an
   * id that {@link SourceName} prefixed ({@code iclr2020-12}).
   */
  private static final Pattern OPENREVIEW_ID =
      Pattern.compile("(?=.*[A-Za-z])(?![a-z]+\\d{4}-\\d+$)[A-Za-z0-9_-]{9,11}");

  /**
   * Every ICLR paper has an OpenReview forum, at {@code /forum?id=} its id; records that give the
   * id but not the link (papercopilot's ICLR 2019–2021 metadata, Mini-Conf's CSV) get it.
   */
  private static Paper withOpenReviewForum(Paper paper) {
    if (paper.links().forum() != null
        || !"ICLR".equalsIgnoreCase(paper.venue())
        || !OPENREVIEW_ID.matcher(paper.id()).matches()) {
      return paper;
    }
    Links links = paper.links();
    String forum = "https://openreview.net/forum?id=" + paper.id();
    return paper.toBuilder()
        .links(
            new Links(
                links.pdf(), forum, links.code(), links.slides(), links.poster(), links.video()))
        .build();
  }

  void reject(long line, String reason) {
    sink.reject(source(line), reason);
  }

  /**
   * Opens the file as text: UTF-16 when it starts with a UTF-16 byte order mark (as Windows tools
   * save "Unicode" text), else UTF-8, a leading byte order mark skipped either way; malformed bytes
   * become U+FFFD rather than failing the whole file.
   */
  static BufferedReader openText(Path path) throws IOException {
    BufferedInputStream bytes = new BufferedInputStream(Files.newInputStream(path));
    Charset charset = skipByteOrderMark(bytes);
    return new BufferedReader(new InputStreamReader(bytes, charset));
  }

  /**
   * Reads past a UTF-8 or UTF-16 byte order mark and says which encoding it names (UTF-8 if none).
   */
  private static Charset skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    int first = in.read();
    int second = in.read();
    int third = in.read();
    if (first == 0xEF && second == 0xBB && third == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    in.reset();
    if (first == 0xFE && second == 0xFF) {
      in.skipNBytes(2);
      return StandardCharsets.UTF_16BE;
    }
    if (first == 0xFF && second == 0xFE) {
      in.skipNBytes(2);
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  private Paper withVenueAndYear(Paper paper) {
    String venue = first(PaperText.clean(options.venue()), paper.venue(), name.venue());
    Integer year = first(options.year(), paper.year(), name.year());
    if (Objects.equals(venue, paper.venue()) && Objects.equals(year, paper.year())) {
      return paper;
    }
    return paper.toBuilder().venue(venue).year(year).build();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
