package org.paperscope.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;

/**
 * The API page ({@code /api}): the OpenAPI document ({@code web/openapi.json}) read for people,
 * each operation with its parameters and responses, then the schemas they refer to. Built from the
 * document itself, so the page cannot drift from what {@code /api/v1/openapi.json} says.
 *
 * @param layout the page frame
 * @param title the API's title
 * @param version the API's version
 * @param description what the API is, from {@code info.description}; may be empty
 * @param documentHref where the OpenAPI document is served
 * @param operations every operation, in the document's order
 * @param schemas the component schemas, in the document's order
 */
public record ApiPage(
    Layout layout,
    String title,
    String version,
    String description,
    String documentHref,
    List<Operation> operations,
    List<Schema> schemas) {

  /** The keys of an OpenAPI path item that are operations. */
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Where {@code web/openapi.json} is served. */
  static final String DOCUMENT_HREF = "/api/v1/openapi.json";

  /**
   * A schema's type as shown.
   *
   * @param text e.g. "array of Hit"
   * @param href the named schema's section on this page ({@code #schema-Hit}), or {@code null}
   */
  public record Type(String text, String href) {}

  /**
   * One method on one path.
   *
   * @param id the section's element id, e.g. {@code get-search}
   * @param method upper case, e.g. {@code GET}
   * @param description may be empty
   */
  public record Operation(
      String id,
      String method,
      String path,
      String summary,
      String description,
      List<Parameter> parameters,
      List<Response> responses) {}

  /**
   * A parameter.
   *
   * @param in {@code query}, {@code path} or {@code header}
   * @param details its limits, values and default, e.g. "0 to 100; default 10"; may be empty
   */
  public record Parameter(
      String name, String in, Type type, boolean required, String description, String details) {}

  /**
   * A response.
   *
   * @param status e.g. {@code 200}
   * @param mediaType e.g. {@code application/json}; empty without a body
   * @param body the body's type; {@code null} without a body
   * @param headers each header as "Allow: the methods the path serves"
   */
  public record Response(
      String status, String description, String mediaType, Type body, List<String> headers) {}

  /**
   * A component schema.
   *
   * @param id the section's element id, e.g. {@code schema-Hit}
   * @param properties its properties, required ones marked; empty for none
   */
  public record Schema(String name, String id, String description, List<Property> properties) {}

  /** A property of a schema; {@code details} as for {@link Parameter}. */
  public record Property(
      String name, Type type, boolean required, String description, String details) {}

  /** The page for an OpenAPI 3.x document. */
  static ApiPage of(JsonNode document, Messages messages) {
    OpenApiTypes types = new OpenApiTypes(messages);
    JsonNode info = document.path("info");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        // A path item also holds shared parameters, summary, servers: only methods are operations.
        if (METHODS.contains(op.getKey())) {
          operations.add(operation(document, path.getKey(), op.getKey(), op.getValue(), types));
        }
      }
    }
    List<Schema> schemas = new ArrayList<>();
    for (Map.Entry<String, JsonNode> s : fields(document.at("/components/schemas"))) {
      schemas.add(schema(s.getKey(), s.getValue(), types));
    }
    return new ApiPage(
        new Layout(messages.get("api.title"), "", messages.get("api.description")),
        info.path("title").asText(messages.get("api.title")),
        info.path("version").asText(""),
        info.path("description").asText(""),
        DOCUMENT_HREF,
        operations,
        schemas);
  }

  private static Operation operation(
      JsonNode document, String path, String method, JsonNode op, OpenApiTypes types) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode parameter : op.path("parameters")) {
      JsonNode p = resolve(document, parameter);
      JsonNode schema = p.path("schema");
      parameters.add(
          new Parameter(
              p.path("name").asText(),
              p.path("in").asText(),
              types.of(schema),
              p.path("required").asBoolean(false),
              p.path("description").asText(""),
              types.details(schema)));
    }
    List<Response> responses = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : fields(op.path("responses"))) {
      responses.add(response(r.getKey(), resolve(document, r.getValue()), types));
    }
    String verb = method.toUpperCase(Locale.ROOT);
    String id = op.path("operationId").asText(path);
    return new Operation(
        method.toLowerCase(Locale.ROOT)
            + "-"
            + id.replaceAll("[^A-Za-z0-9]+", " ").strip().replace(' ', '-'),
        verb,
        path,
        op.path("summary").asText(""),
        op.path("description").asText(""),
        parameters,
        responses);
  }

  private static Response response(String status, JsonNode response, OpenApiTypes types) {
    List<Map.Entry<String, JsonNode>> content = fields(response.path("content"));
    String mediaType = "";
    Type body = null;
    if (!content.isEmpty()) {
      Map.Entry<String, JsonNode> first = content.get(0);
      mediaType = first.getKey();
      body = types.of(first.getValue().path("schema"));
    }
    List<String> headers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> h : fields(response.path("headers"))) {
      String description = h.getValue().path("description").asText("");
      headers.add(description.isEmpty() ? h.getKey() : h.getKey() + ": " + description);
    }
    return new Response(status, response.path("description").asText(""), mediaType, body, headers);
  }

  private static Schema schema(String name, JsonNode schema, OpenApiTypes types) {
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : fields(schema.path("properties"))) {
      JsonNode s = p.getValue();
      properties.add(
          new Property(
              p.getKey(),
              types.of(s),
              required.contains(p.getKey()),
              s.path("description").asText(""),
              types.details(s)));
    }
    return new Schema(
        name, OpenApiTypes.schemaId(name), schema.path("description").asText(""), properties);
  }

  /**
   * The node a local reference ({@code {"$ref": "#/components/responses/MethodNotAllowed"}}) points
   * at, or {@code node} itself when it is no reference.
   */
  private static JsonNode resolve(JsonNode document, JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return List.copyOf(node.properties());
  }
}
