package org.paperscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.paper.PaperText;

/**
 * Reads paper fields from a JSON object with type checks shared by every JSON reader.
 *
 * <p>Each method takes alias names and returns the first non-null value among them, in order; a
 * missing field and JSON {@code null} both count as absent. A value of the wrong JSON type is not
 * skipped but rejected, with a reason naming the field. Stateless and thread-safe.
 */
final class JsonFields {
  /** Parses one whole JSON Lines line: text after the value is an error. Thread-safe. */
  static final ObjectMapper LINE_MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads values one at a time from a longer stream, such as elements of an array. Thread-safe. */
  static final ObjectMapper STREAM_MAPPER = new ObjectMapper();

  private JsonFields() {}

  /** A string field, cleaned with {@link PaperText#clean}. */
  static String text(JsonNode record, String... names) throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      if (present(node)) {
        String value = PaperText.clean(string(name, node));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  /** An identifier: a string or an integer number. */
  static String id(JsonNode record, String... names) throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      if (present(node) && node.canConvertToExactIntegral()) {
        return node.bigIntegerValue().toString();
      }
      String value = present(node) ? PaperText.clean(string(name, node)) : null;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * A list of strings: a JSON array of strings, or one string split on {@code separatorRegex};
   * cleaned with {@link PaperText#cleanAll}. Returns an empty list when absent.
   */
  static List<String> list(JsonNode record, String separatorRegex, String... names)
      throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      List<String> value = present(node) ? list(name, node, separatorRegex) : List.of();
      if (!value.isEmpty()) {
        return value;
      }
    }
    return List.of();
  }

  /** A year: an integer number or a string of digits, within 1900..2100. */
  static Integer year(JsonNode record, String... names) throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      Integer value = present(node) ? year(name, node) : null;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * A rating: a number, an array of numbers, or a string of {@code ;}-separated numbers; a list
   * gives its mean.
   */
  static Double rating(JsonNode record, String... names) throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      Double value = present(node) ? rating(name, node) : null;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A link, as {@link LinkText#url} reads it. */
  static String url(JsonNode record, String... names) throws MalformedRecordException {
    for (String name : names) {
      JsonNode node = record.get(name);
      String value = present(node) ? LinkText.url(string(name, node)) : null;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A nested object, or null when absent. */
  static JsonNode object(JsonNode record, String name) throws MalformedRecordException {
    JsonNode node = record.get(name);
    if (!present(node)) {
      return null;
    }
    if (!node.isObject()) {
      throw wrongType(name, "an object", node);
    }
    return node;
  }

  /**
   * Returns Jackson's description of a syntax error without the location details it appends (the
   * rejection's source already names the line).
   */
  static String syntaxError(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    int marker = message.indexOf(" (start marker at");
    return marker < 0 ? message : message.substring(0, marker);
  }

  /** Returns how a rejection reason shows {@code node}: a short value, or its JSON type. */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return FieldText.quote(node.textValue());
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String string(String name, JsonNode node) throws MalformedRecordException {
    if (!node.isTextual()) {
      throw wrongType(name, "a string", node);
    }
    return node.textValue();
  }

  private static List<String> list(String name, JsonNode node, String separatorRegex)
      throws MalformedRecordException {
    if (node.isTextual()) {
      return PaperText.split(node.textValue(), separatorRegex);
    }
    if (!node.isArray()) {
      throw wrongType(name, "a list of strings", node);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (present(element)) {
        values.add(string(name + "[" + i + "]", element));
      }
    }
    return PaperText.cleanAll(values);
  }

  private static Integer year(String name, JsonNode node) throws MalformedRecordException {
    if (node.isTextual()) {
      return FieldText.year(name, node.textValue());
    }
    if (!node.canConvertToExactIntegral()) {
      throw wrongType(name, "an integer", node);
    }
    if (!node.canConvertToLong()) {
      throw new MalformedRecordException(name + ": " + node.asText() + " is not a year");
    }
    return FieldText.checkYear(name, node.longValue());
  }

  private static Double rating(String name, JsonNode node) throws MalformedRecordException {
    if (node.isNumber()) {
      // 1e400 reads as Infinity: refused as NaN is, not stored.
      return FieldText.rating(name, node.asText());
    }
    if (node.isTextual()) {
      return FieldText.rating(name, node.textValue());
    }
    if (!node.isArray()) {
      throw wrongType(name, "a number", node);
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isNumber()) {
        throw wrongType(name, "a list of numbers", element);
      }
      parts.add(element.asText());
    }
    return FieldText.rating(name, String.join(";", parts));
  }

  private static MalformedRecordException wrongType(String name, String expected, JsonNode node) {
    return new MalformedRecordException(
        name + ": expected " + expected + ", got " + describe(node));
  }
}
