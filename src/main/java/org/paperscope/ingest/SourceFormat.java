package org.paperscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The source file formats PaperScope reads, each with its {@link PaperReader}, the name that forces
 * it ({@code --format}) and detection from a file's name and first bytes.
 *
 * <p>Thread-safe: readers are stateless.
 */
public enum SourceFormat {
  /** PaperScope JSON Lines ({@link JsonLinesReader}). */
  JSONL("jsonl", new JsonLinesReader()),
  /** JSON array of OpenReview/papercopilot-style papers ({@link ConferenceJsonReader}). */
  CONFERENCE_JSON("conference-json", new ConferenceJsonReader(), "openreview"),
  /** CSV or TSV with a header row ({@link CsvReader}). */
  CSV("csv", new CsvReader()),
  /** arXiv API Atom feed ({@link ArxivAtomReader}). */
  ARXIV_ATOM("arxiv-atom", new ArxivAtomReader()),
  /** arXiv metadata snapshot JSON Lines ({@link ArxivSnapshotReader}). */
  ARXIV_SNAPSHOT("arxiv-snapshot", new ArxivSnapshotReader()),
  /** BEIR corpus.jsonl ({@link BeirCorpusReader}). */
  BEIR("beir", new BeirCorpusReader());

  private static final Set<String> SOURCE_EXTENSIONS =
      Set.of("json", "jsonl", "ndjson", "csv", "tsv", "xml", "atom");
  private static final List<String> NOT_SOURCES =
      List.of("readme", "license", "licence", "notice", "changelog", "copying");

  private final String formatName;
  private final PaperReader reader;
  private final List<String> aliases;

  SourceFormat(String formatName, PaperReader reader, String... aliases) {
    this.formatName = formatName;
    this.reader = reader;
    this.aliases = List.of(aliases);
  }

  /** The name {@code --format} takes, such as {@code conference-json}. */
  public String formatName() {
    return formatName;
  }

  /** The reader of this format; stateless, shared, thread-safe. */
  public PaperReader reader() {
    return reader;
  }

  /**
   * Returns the format named {@code name} (a {@link #formatName}, an alias such as {@code
   * openreview}, or the constant's name), ignoring case and surrounding space.
   *
   * @throws IllegalArgumentException naming the valid formats when there is no such format
   */
  public static SourceFormat parse(String name) {
    String wanted = String.valueOf(name).strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SourceFormat format : values()) {
      if (format.formatName.equals(wanted) || format.aliases.contains(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format \"" + name + "\"; valid formats: " + validNames());
  }

  /**
   * Guesses the format of {@code file}: {@code .csv}/{@code .tsv} are CSV and {@code .xml}/{@code
   * .atom} Atom; otherwise the first non-blank character decides: {@code <} is Atom, {@code [}
   * conference JSON (unless its first element is not an object), and <code>{</code> a JSON Lines
   * format chosen by the first line's fields (an {@code _id} is BEIR; {@code categories} with
   * {@code update_date} or {@code authors_parsed} is the arXiv snapshot; anything else PaperScope
   * JSON Lines). Reads at most the first record.
   *
   * @return the format, or empty when the file is empty, starts like none of them, is an array of
   *     non-objects, or is one pretty-printed JSON object
   * @throws IOException when the file cannot be read
   */
  public static Optional<SourceFormat> detect(Path file) throws IOException {
    String extension = extension(file);
    if (extension.equals("csv") || extension.equals("tsv")) {
      return Optional.of(CSV);
    }
    if (extension.equals("xml") || extension.equals("atom")) {
      return Optional.of(ARXIV_ATOM);
    }
    try (BufferedReader in = SourceFile.openText(file)) {
      return switch (firstNonBlank(in)) {
        case '<' -> Optional.of(ARXIV_ATOM);
        case '[' -> arrayFormat(in);
        case '{' -> jsonLinesFormat(in.readLine());
        default -> Optional.empty();
      };
    }
  }

  /**
   * Returns true when {@code file}'s name is one a directory walk should read: a {@code json},
   * {@code jsonl}, {@code ndjson}, {@code csv}, {@code tsv}, {@code xml} or {@code atom} file that
   * is not hidden and not a README, LICENSE, NOTICE, CHANGELOG or COPYING. Judges the name only.
   */
  public static boolean isSourceFile(Path file) {
    Path fileName = file.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && SOURCE_EXTENSIONS.contains(extension(file))
        && NOT_SOURCES.stream().noneMatch(name::startsWith);
  }

  private static String validNames() {
    return Arrays.stream(values())
        .map(f -> f.formatName + (f.aliases.isEmpty() ? "" : " (alias " + f.aliases.get(0) + ")"))
        .collect(Collectors.joining(", "));
  }

  private static String extension(Path file) {
    Path fileName = file.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Returns the first non-whitespace character, leaving {@code in} just before it; -1 if none. */
  private static int firstNonBlank(BufferedReader in) throws IOException {
    while (true) {
      in.mark(1);
      int c = in.read();
      if (c < 0 || !Character.isWhitespace(c)) {
        in.reset();
        return c;
      }
    }
  }

  private static Optional<SourceFormat> arrayFormat(BufferedReader in) throws IOException {
    try (JsonParser parser = JsonFields.STREAM_MAPPER.createParser(in)) {
      parser.nextToken();
      JsonToken first = parser.nextToken();
      boolean objects = first == JsonToken.START_OBJECT || first == JsonToken.END_ARRAY;
      return objects ? Optional.of(CONFERENCE_JSON) : Optional.empty();
    } catch (JsonProcessingException e) {
      // A broken array is still meant as one; its reader reports where it breaks.
      return Optional.of(CONFERENCE_JSON);
    }
  }

  private static Optional<SourceFormat> jsonLinesFormat(String firstLine) {
    JsonNode first;
    try {
      first = JsonFields.LINE_MAPPER.readTree(firstLine);
    } catch (JsonEOFException e) {
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of(JSONL);
    }
    if (first.has("_id")) {
      return Optional.of(BEIR);
    }
    boolean snapshot =
        first.has("categories") && (first.has("update_date") || first.has("authors_parsed"));
    return Optional.of(snapshot ? ARXIV_SNAPSHOT : JSONL);
  }
}
