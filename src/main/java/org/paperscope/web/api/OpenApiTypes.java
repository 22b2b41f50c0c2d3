package org.paperscope.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.web.Messages;
import org.paperscope.web.api.ApiPage.Type;

/**
 * OpenAPI schemas in words for the API page: a type ("integer", "array of Hit", "string or null")
 * and its limits ("0 to 100; default: 10"). Immutable and thread-safe.
 */
final class OpenApiTypes {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  /** The words for a range of numbers ("0 to 100") and of array lengths ("at most 16 values"). */
  private record RangeWords(String exactly, String between, String atLeast, String atMost) {}

  private static final RangeWords NUMBERS =
      new RangeWords("api.range.exactly", "api.range.between", "api.range.min", "api.range.max");

  private static final RangeWords ITEMS =
      new RangeWords("api.items.exactly", "api.items.between", "api.items.min", "api.items.max");

  private final Messages messages;

  /**
   * @param messages the words to write types and limits in
   */
  OpenApiTypes(Messages messages) {
    this.messages = messages;
  }

  /** The type of {@code schema}; "any" when it says none. */
  Type of(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (!ref.isEmpty()) {
      String name =
          ref.startsWith(COMPONENT_PREFIX) ? ref.substring(COMPONENT_PREFIX.length()) : ref;
      return new Type(name, ref.startsWith(COMPONENT_PREFIX) ? "#" + schemaId(name) : null);
    }
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(t.asText()));
      return new Type(
          names.stream().reduce((a, b) -> messages.get("api.type.or", a, b)).orElse(""), null);
    }
    String name = type.asText("");
    if (name.equals("array") && schema.has("items")) {
      Type items = of(schema.path("items"));
      return new Type(messages.get("api.type.array", items.text()), items.href());
    }
    if (name.equals("object") && schema.path("additionalProperties").isObject()) {
      Type values = of(schema.path("additionalProperties"));
      return new Type(messages.get("api.type.map", values.text()), values.href());
    }
    if (name.isEmpty()) {
      return new Type(messages.get("api.type.any"), null);
    }
    String format = schema.path("format").asText("");
    return new Type(format.isEmpty() ? name : name + " (" + format + ")", null);
  }

  /**
   * The values, limits and default of {@code schema} as one phrase, e.g. "one of: count, name;
   * default: count"; empty when it has none.
   */
  String details(JsonNode schema) {
    List<String> parts = new ArrayList<>();
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.path("enum").forEach(v -> values.add(v.asText()));
      parts.add(messages.get("api.detail.enum", String.join(", ", values)));
    }
    String range = range(schema.path("minimum"), schema.path("maximum"), NUMBERS);
    if (!range.isEmpty()) {
      parts.add(range);
    }
    if (schema.has("maxLength")) {
      parts.add(messages.get("api.detail.length", number(schema.path("maxLength"))));
    }
    String items = range(schema.path("minItems"), schema.path("maxItems"), ITEMS);
    if (!items.isEmpty()) {
      parts.add(items);
    }
    if (schema.has("default")) {
      parts.add(messages.get("api.detail.default", schema.path("default").asText()));
    }
    return String.join("; ", parts);
  }

  /** The element id of a component schema's section, e.g. {@code schema-Hit}. */
  static String schemaId(String name) {
    return "schema-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** "0 to 100", "at least 0", "at most 16 values", "exactly 2 values", or empty. */
  private String range(JsonNode min, JsonNode max, RangeWords words) {
    if (min.isNumber() && max.isNumber()) {
      return min.asLong() == max.asLong()
          ? messages.get(words.exactly(), number(min))
          : messages.get(words.between(), number(min), number(max));
    }
    if (min.isNumber()) {
      return messages.get(words.atLeast(), number(min));
    }
    if (max.isNumber()) {
      return messages.get(words.atMost(), number(max));
    }
    return "";
  }

  private String number(JsonNode n) {
    return n.isIntegralNumber() ? messages.number(n.asLong()) : n.asText();
  }
}
