package org.paperscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.SearchResult;
import org.paperscope.search.Snippet;

/** The JSON shapes of the CLI's {@code --json} output (the API uses the same). */
final class CliJson {
  private CliJson() {}

  static String write(JsonNode node) throws JsonProcessingException {
    return PaperJson.mapper().writeValueAsString(node);
  }

  /** {@code {"total","hits":[…],"facets":{dimension:{value:count}}}}. */
  static ObjectNode searchResult(SearchResult result) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("total", result.total());
    ArrayNode hits = node.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      hits.add(hit(hit));
    }
    ObjectNode facets = node.putObject("facets");
    for (Map.Entry<String, Map<String, Long>> dimension : result.facets().entrySet()) {
      ObjectNode values = facets.putObject(dimension.getKey());
      dimension.getValue().forEach(values::put);
    }
    return node;
  }

  private static ObjectNode hit(SearchResult.Hit hit) {
    Paper paper = hit.paper();
    ObjectNode full = PaperJson.toNode(paper);
    ObjectNode node = PaperJson.mapper().createObjectNode();
    for (String key : new String[] {"id", "title", "authors", "venue", "year", "decision", "tldr", "tldrSource"}) {
      if (full.has(key)) {
        node.set(key, full.get(key));
      }
    }
    if (Float.isNaN(hit.score())) {
      node.putNull("score");
    } else {
      node.put("score", hit.score());
    }
    ArrayNode snippets = node.putArray("snippets");
    for (Snippet snippet : hit.snippets()) {
      ObjectNode s = snippets.addObject().put("field", snippet.field()).put("text", snippet.text());
      if (snippet.page() != null) {
        s.put("page", snippet.page());
      }
      if (snippet.section() != null) {
        s.put("section", snippet.section());
      }
      ArrayNode spans = s.putArray("highlights");
      snippet.highlights().forEach(h -> spans.addArray().add(h.start()).add(h.end()));
    }
    return node;
  }
}
