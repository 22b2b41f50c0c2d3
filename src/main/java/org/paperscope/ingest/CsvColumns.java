package org.paperscope.ingest;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;

/**
 * Which CSV column holds which paper field, resolved once from the header row: header names match
 * case-insensitively (as do the paper field names of the user's mapping), first by the user's
 * mapping ({@link ReadOptions#columns}), then by built-in aliases.
 *
 * <p>Immutable and thread-safe.
 */
final class CsvColumns {
  /** Paper field to the header names that hold it, in order of preference. */
  static final Map<String, List<String>> ALIASES = aliases();

  private final Map<String, Integer> indexByField;
  private final List<String> header;

  private CsvColumns(Map<String, Integer> indexByField, List<String> header) {
    this.indexByField = Map.copyOf(indexByField);
    this.header = List.copyOf(header);
  }

  /**
   * Resolves the columns of {@code header}.
   *
   * @throws IllegalArgumentException when {@code overrides} names an unknown paper field
   * @throws IOException when an overridden column is not in the header, or no column holds the id
   *     or the title
   */
  static CsvColumns resolve(List<String> header, Map<String, String> columns, String source)
      throws IOException {
    Map<String, String> overrides = new HashMap<>();
    columns.forEach((field, name) -> overrides.put(normalise(field), name));
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.putIfAbsent(normalise(header.get(i)), i);
    }
    Map<String, Integer> indexByField = new HashMap<>();
    for (Map.Entry<String, List<String>> field : ALIASES.entrySet()) {
      String mapped = overrides.get(field.getKey());
      List<String> names = mapped == null ? field.getValue() : List.of(mapped);
      names.stream()
          .map(name -> positions.get(normalise(name)))
          .filter(Objects::nonNull)
          .findFirst()
          .ifPresent(index -> indexByField.put(field.getKey(), index));
    }
    check(overrides, indexByField, header, source);
    return new CsvColumns(indexByField, header);
  }

  /** Number of fields a record must have. */
  int width() {
    return header.size();
  }

  /** Returns the header name of {@code field}'s column, for rejection reasons. */
  String headerOf(String field) {
    return header.get(indexByField.get(field));
  }

  /** Returns the raw value of {@code field} in {@code record}, or null when no column holds it. */
  String get(CSVRecord record, String field) {
    Integer index = indexByField.get(field);
    return index == null ? null : record.get(index);
  }

  private static void check(
      Map<String, String> overrides,
      Map<String, Integer> indexByField,
      List<String> header,
      String source)
      throws IOException {
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      if (!ALIASES.containsKey(override.getKey())) {
        throw new IllegalArgumentException(
            "unknown paper field \"" + override.getKey() + "\"; fields: " + ALIASES.keySet());
      }
      if (!indexByField.containsKey(override.getKey())) {
        throw new IOException(
            source
                + ": no column \""
                + override.getValue()
                + "\" for "
                + override.getKey()
                + "; header: "
                + header);
      }
    }
    for (String field : List.of("id", "title")) {
      if (!indexByField.containsKey(field)) {
        throw new IOException(
            source
                + ": no "
                + field
                + " column (looked for "
                + ALIASES.get(field)
                + "); header: "
                + header);
      }
    }
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    aliases.put("id", List.of("id", "uid", "paper_id", "_id", "index", "arxiv_id"));
    aliases.put("title", List.of("title"));
    aliases.put("authors", List.of("authors", "author"));
    aliases.put("abstract", List.of("abstract", "summary", "text"));
    aliases.put("tldr", List.of("tldr"));
    aliases.put("keywords", List.of("keywords", "tags", "categories"));
    aliases.put("venue", List.of("venue"));
    aliases.put("year", List.of("year"));
    aliases.put("decision", List.of("decision", "status"));
    aliases.put("rating", List.of("rating", "ratings", "rating_avg"));
    aliases.put("pdf", List.of("pdf", "pdf_url"));
    aliases.put("forum", List.of("forum", "openreview", "link", "url", "site"));
    aliases.put("code", List.of("code", "github"));
    aliases.put("slides", List.of("slides"));
    aliases.put("poster", List.of("poster"));
    aliases.put("video", List.of("video"));
    return Collections.unmodifiableMap(aliases);
  }
}
