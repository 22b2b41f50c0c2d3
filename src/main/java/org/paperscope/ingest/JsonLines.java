package org.paperscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import org.paperscope.paper.Paper;

/**
 * Reads a JSON Lines file, one JSON object per line, for the readers of JSON Lines formats: blank
 * lines are skipped; a line that is not one JSON object is rejected and reading goes on.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonLines {
  private JsonLines() {}

  /** Turns one JSON object into a paper. */
  @FunctionalInterface
  interface ObjectMapping {
    Paper paper(JsonNode object, SourceFile file) throws MalformedRecordException;
  }

  /**
   * Passes every object of {@code file} through {@code mapping} to the file's sink.
   *
   * @throws IOException when the file cannot be read, or its first non-blank line shows it is not
   *     JSON Lines at all: it does not start with <code>{</code>, or its object goes on past the
   *     line (a pretty-printed JSON document)
   */
  static void read(SourceFile file, ObjectMapping mapping) throws IOException {
    try (BufferedReader in = SourceFile.openText(file.path())) {
      long lineNumber = 0;
      boolean first = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        if (first) {
          checkFirstLine(line, file.source(lineNumber));
          first = false;
        }
        String text = line;
        file.deliver(lineNumber, () -> mapping.paper(parse(text), file));
      }
    }
  }

  private static void checkFirstLine(String line, String source) throws IOException {
    if (!line.strip().startsWith("{")) {
      throw new IOException(source + ": not JSON Lines, expected '{'");
    }
    try {
      JsonFields.LINE_MAPPER.readTree(line);
    } catch (JsonEOFException e) {
      throw new IOException(
          source + ": not JSON Lines, the object goes on past the line (pretty-printed JSON?)", e);
    } catch (JsonProcessingException e) {
      // Any other error is this record's own; parse() rejects it and reading goes on.
    }
  }

  private static JsonNode parse(String line) throws MalformedRecordException {
    JsonNode node;
    try {
      node = JsonFields.LINE_MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedRecordException("invalid JSON: " + JsonFields.syntaxError(e), e);
    }
    if (!node.isObject()) {
      throw new MalformedRecordException(
          "expected a JSON object, got " + JsonFields.describe(node));
    }
    return node;
  }
}
