package org.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the JSON-lines files of a BEIR data set: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}) and {@code queries.jsonl} ({@code _id}, {@code text}). Other fields such as {@code
 * metadata} are ignored, blank lines are skipped, {@code .gz} files are read transparently.
 *
 * <p>Every bad line raises {@link MalformedLineException} naming file and line. Stateless and
 * thread-safe.
 */
public final class BeirFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BeirFiles() {}

  /**
   * Streams every document of {@code corpusFile} to {@code sink} in file order. {@code _id} and
   * {@code text} are required; a missing or null {@code title} becomes empty. Duplicate ids are not
   * detected.
   *
   * @throws MalformedLineException on a line that is not a JSON object or lacks a required field
   * @throws IOException when the file cannot be read
   */
  public static void readCorpus(Path corpusFile, Consumer<BeirDocument> sink) throws IOException {
    NumberedLines.forEach(
        corpusFile,
        (line, number) -> {
          JsonNode record = parseRecord(corpusFile, line, number);
          if (record != null) {
            String id = id(record, corpusFile, number);
            String title = optionalText(record, "title", corpusFile, number);
            sink.accept(new BeirDocument(id, title, requiredText(record, corpusFile, number)));
          }
        });
  }

  /**
   * Reads {@code queriesFile} into a map from query id to query text, in file order.
   *
   * @throws MalformedLineException on a line that is not a JSON object, lacks {@code _id} or {@code
   *     text}, or repeats an earlier query id
   * @throws IOException when the file cannot be read
   */
  public static Map<String, String> readQueries(Path queriesFile) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    Map<String, Long> firstLine = new LinkedHashMap<>();
    NumberedLines.forEach(
        queriesFile,
        (line, number) -> {
          JsonNode record = parseRecord(queriesFile, line, number);
          if (record == null) {
            return;
          }
          String id = id(record, queriesFile, number);
          Long earlier = firstLine.putIfAbsent(id, number);
          if (earlier != null) {
            throw new MalformedLineException(
                queriesFile,
                number,
                "duplicate query id \"" + id + "\" (first on line " + earlier + ")");
          }
          queries.put(id, requiredText(record, queriesFile, number));
        });
    return queries;
  }

  /** Parses one line as a JSON object; returns null for a blank line. */
  private static JsonNode parseRecord(Path file, String line, long number)
      throws MalformedLineException {
    if (line.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedLineException(file, number, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (!node.isObject()) {
      throw new MalformedLineException(
          file, number, "expected a JSON object, found " + node.getNodeType());
    }
    return node;
  }

  /** BEIR ids are strings, but some converters write integers; both are accepted. */
  private static String id(JsonNode record, Path file, long number) throws MalformedLineException {
    JsonNode id = record.get("_id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isEmpty()) {
      throw new MalformedLineException(file, number, "missing or empty \"_id\" (string expected)");
    }
    return id.asText();
  }

  private static String requiredText(JsonNode record, Path file, long number)
      throws MalformedLineException {
    JsonNode text = record.get("text");
    if (text == null || text.isNull()) {
      throw new MalformedLineException(file, number, "missing \"text\"");
    }
    return optionalText(record, "text", file, number);
  }

  private static String optionalText(JsonNode record, String field, Path file, long number)
      throws MalformedLineException {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new MalformedLineException(
          file, number, "\"" + field + "\" must be a string, found " + value.getNodeType());
    }
    return value.asText();
  }
}
