package org.paperscope.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.web.api.ApiPage.Type;

/**
 * OpenAPI schemas in words for the API page: a type ("integer", "array of Hit", "string or null")
 * and its limits ("0 to 100; default 10"). Stateless.
 */
final class OpenApiTypes {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  private OpenApiTypes() {}

  /** The type of {@code schema}; "any" when it says none. */
  static Type of(JsonNode schema) {
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
      return new Type(String.join(" or ", names), null);
    }
    String name = type.asText("");
    if (name.equals("array") && schema.has("items")) {
      Type items = of(schema.path("items"));
      return new Type("array of " + items.text(), items.href());
    }
    if (name.equals("object") && schema.path("additionalProperties").isObject()) {
      Type values = of(schema.path("additionalProperties"));
      return new Type("map of " + values.text(), values.href());
    }
    if (name.isEmpty()) {
      return new Type("any", null);
    }
    String format = schema.path("format").asText("");
    return new Type(format.isEmpty() ? name : name + " (" + format + ")", null);
  }

  /**
   * The values, limits and default of {@code schema} as one phrase, e.g. "one of: count, name;
   * default: count"; empty when it has none.
   */
  static String details(JsonNode schema) {
    List<String> parts = new ArrayList<>();
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.path("enum").forEach(v -> values.add(v.asText()));
      parts.add("one of: " + String.join(", ", values));
    }
    String range = range(schema.path("minimum"), schema.path("maximum"), "");
    if (!range.isEmpty()) {
      parts.add(range);
    }
    if (schema.has("maxLength")) {
      parts.add("at most " + number(schema.path("maxLength")) + " characters");
    }
    String items = range(schema.path("minItems"), schema.path("maxItems"), " values");
    if (!items.isEmpty()) {
      parts.add(items);
    }
    if (schema.has("default")) {
      parts.add("default: " + schema.path("default").asText());
    }
    return String.join("; ", parts);
  }

  /** The element id of a component schema's section, e.g. {@code schema-Hit}. */
  static String schemaId(String name) {
    return "schema-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** "0 to 100", "at least 0", "at most 16 values", "exactly 2 values", or empty. */
  private static String range(JsonNode min, JsonNode max, String unit) {
    if (min.isNumber() && max.isNumber()) {
      return min.asLong() == max.asLong()
          ? "exactly " + number(min) + unit
          : number(min) + " to " + number(max) + unit;
    }
    if (min.isNumber()) {
      return "at least " + number(min) + unit;
    }
    if (max.isNumber()) {
      return "at most " + number(max) + unit;
    }
    return "";
  }

  private static String number(JsonNode n) {
    return n.isIntegralNumber() ? String.format(Locale.ROOT, "%,d", n.asLong()) : n.asText();
  }
}
