package org.paperscope.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.SearchResult;
import org.paperscope.search.Snippet;

/**
 * The JSON shapes of API v1. The search result has the same shape as the CLI's {@code search
 * --json} ({@code cli.CliJson}), so scripts move between the two unchanged.
 *
 * <p>Thread-safe.
 */
final class ApiJson {
  private static final List<String> HIT_KEYS =
      List.of("id", "title", "authors", "venue", "year", "decision", "tldr", "tldrSource");

  private ApiJson() {}

  /** Compact JSON text of a node. */
  static String write(JsonNode node) {
    try {
      return PaperJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a tree node always serialises", e);
    }
  }

  /** {@code {"total","hits":[…],"facets":{dimension:{value:count}}}}. */
  static ObjectNode searchResult(SearchResult result) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("total", result.total());
    node.set("hits", hits(result.hits()));
    ObjectNode facets = node.putObject("facets");
    for (Map.Entry<String, Map<String, Long>> dimension : result.facets().entrySet()) {
      ObjectNode values = facets.putObject(dimension.getKey());
      dimension.getValue().forEach(values::put);
    }
    return node;
  }

  /**
   * {@code [{id,title,authors,venue,year,decision,tldr,tldrSource,score,snippets:[{field,text,
   * page?,section?,highlights}]}]}; page and section only for full-text passages.
   */
  static ArrayNode hits(List<SearchResult.Hit> hits) {
    ArrayNode array = PaperJson.mapper().createArrayNode();
    hits.forEach(hit -> array.add(hit(hit)));
    return array;
  }

  /** {@code {"tags":[{"tag","count"}]}}, like {@code tags --json}. */
  static ObjectNode tags(List<Map.Entry<String, Long>> tags) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    ArrayNode list = node.putArray("tags");
    tags.forEach(t -> list.addObject().put("tag", t.getKey()).put("count", t.getValue()));
    return node;
  }

  /** {@code {"name","total","papers":[hit without score and snippets]}}. */
  static ObjectNode author(String name, List<Paper> papers) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("name", name);
    node.put("total", papers.size());
    ArrayNode list = node.putArray("papers");
    papers.forEach(p -> list.add(summary(p)));
    return node;
  }

  /**
   * {@code {"error","field","message"}} (STYLE.md); {@code field} is null when no parameter is to
   * blame.
   */
  static ObjectNode error(String error, String field, String message) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("error", error);
    if (field == null) {
      node.putNull("field");
    } else {
      node.put("field", field);
    }
    node.put("message", message);
    return node;
  }

  private static ObjectNode hit(SearchResult.Hit hit) {
    ObjectNode node = summary(hit.paper());
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

  private static ObjectNode summary(Paper paper) {
    ObjectNode full = PaperJson.toNode(paper);
    ObjectNode node = PaperJson.mapper().createObjectNode();
    for (String key : HIT_KEYS) {
      if (full.has(key)) {
        node.set(key, full.get(key));
      }
    }
    return node;
  }
}
