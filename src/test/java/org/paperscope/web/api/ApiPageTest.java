package org.paperscope.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.Messages;

class ApiPageTest {
  private static JsonNode shipped() throws IOException {
    try (InputStream in = ApiPageTest.class.getResourceAsStream("/web/openapi.json")) {
      return PaperJson.mapper().readTree(in);
    }
  }

  private static JsonNode json(String text) throws IOException {
    return PaperJson.mapper().readTree(text.replace('\'', '"'));
  }

  private static ApiPage.Operation operation(ApiPage page, String path) {
    return page.operations().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void everyOperationOfTheShippedDocumentIsListedInItsOrder() throws IOException {
    JsonNode doc = shipped();
    List<String> documented = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(documented::add);
    ApiPage page = ApiPage.of(doc, Messages.ENGLISH);
    assertThat(page.operations().stream().map(ApiPage.Operation::path).distinct().toList())
        .isEqualTo(documented);
    assertThat(page.operations())
        .extracting(ApiPage.Operation::method)
        .containsOnly("GET", "POST", "PUT", "DELETE");
    assertThat(page.title()).isEqualTo("PaperScope API");
    assertThat(page.documentHref()).isEqualTo("/api/v1/openapi.json");
    assertThat(page.operations()).extracting(ApiPage.Operation::id).doesNotHaveDuplicates();
  }

  @Test
  void parametersShowWhereTheyGoTheirTypeAndLimits() throws IOException {
    ApiPage.Operation search = operation(ApiPage.of(shipped(), Messages.ENGLISH), "/api/v1/search");
    ApiPage.Parameter limit =
        search.parameters().stream()
            .filter(p -> p.name().equals("limit"))
            .findFirst()
            .orElseThrow();
    assertThat(limit.in()).isEqualTo("query");
    assertThat(limit.type().text()).isEqualTo("integer");
    assertThat(limit.required()).isFalse();
    assertThat(limit.details()).isEqualTo("0 to 100; default: 10");
    ApiPage.Parameter filter = search.parameters().get(1);
    assertThat(filter.type().text()).isEqualTo("array of string");
    assertThat(filter.details()).isEqualTo("at most 16 values");
    ApiPage.Parameter id =
        operation(ApiPage.of(shipped(), Messages.ENGLISH), "/api/v1/papers/{id}")
            .parameters()
            .get(0);
    assertThat(id.in()).isEqualTo("path");
    assertThat(id.required()).isTrue();
  }

  @Test
  void everyOperationDocuments405WithItsAllowHeader() throws IOException {
    for (ApiPage.Operation op : ApiPage.of(shipped(), Messages.ENGLISH).operations()) {
      ApiPage.Response refused =
          op.responses().stream()
              .filter(r -> r.status().equals("405"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(op.path() + " has no 405"));
      assertThat(refused.headers()).as(op.path()).singleElement().asString().startsWith("Allow: ");
      assertThat(refused.body().text()).isEqualTo("Error");
      assertThat(refused.body().href()).isEqualTo("#schema-Error");
    }
  }

  @Test
  void schemasListPropertiesWithRequiredOnesAndLinkedTypes() throws IOException {
    ApiPage page = ApiPage.of(shipped(), Messages.ENGLISH);
    ApiPage.Schema result =
        page.schemas().stream()
            .filter(s -> s.name().equals("SearchResult"))
            .findFirst()
            .orElseThrow();
    assertThat(result.id()).isEqualTo("schema-SearchResult");
    ApiPage.Property hits =
        result.properties().stream().filter(p -> p.name().equals("hits")).findFirst().orElseThrow();
    assertThat(hits.required()).isTrue();
    assertThat(hits.type()).isEqualTo(new ApiPage.Type("array of Hit", "#schema-Hit"));
    ApiPage.Property paperId =
        result.properties().stream()
            .filter(p -> p.name().equals("paperId"))
            .findFirst()
            .orElseThrow();
    assertThat(paperId.required()).isFalse();
  }

  @Test
  void referencesAreFollowedAndPathItemKeysThatAreNoMethodSkipped() throws IOException {
    JsonNode doc =
        json(
            """
            {'openapi': '3.1.0', 'info': {'title': 'T', 'version': '2'},
             'paths': {'/x/{id}': {
               'summary': 'shared', 'parameters': [],
               'delete': {'summary': 'Remove', 'parameters': [{'$ref': '#/components/parameters/Id'}],
                 'responses': {'204': {'description': 'Gone.'},
                               '404': {'$ref': '#/components/responses/Missing'}}}}},
             'components': {
               'parameters': {'Id': {'name': 'id', 'in': 'path', 'required': true,
                                     'schema': {'type': ['string', 'null'], 'enum': ['a', 'b']}}},
               'responses': {'Missing': {'description': 'No such x.',
                 'content': {'application/problem+json': {'schema': {'type': 'object'}}}}}}}
            """);
    ApiPage page = ApiPage.of(doc, Messages.ENGLISH);
    assertThat(page.operations()).singleElement();
    ApiPage.Operation op = page.operations().get(0);
    assertThat(op.method()).isEqualTo("DELETE");
    assertThat(op.id()).isEqualTo("delete-x-id");
    assertThat(op.parameters().get(0).name()).isEqualTo("id");
    assertThat(op.parameters().get(0).type().text()).isEqualTo("string or null");
    assertThat(op.parameters().get(0).details()).isEqualTo("one of: a, b");
    assertThat(op.responses().get(0).body()).isNull();
    assertThat(op.responses().get(1).description()).isEqualTo("No such x.");
    assertThat(op.responses().get(1).mediaType()).isEqualTo("application/problem+json");
    assertThat(page.schemas()).isEmpty();
  }
}
