package org.paperscope.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.tags.TagNames;

/**
 * The JSON shapes of search results, shared by the CLI's {@code --json} output and the API so that
 * scripts move between the two unchanged. Later versions add keys, never rename them. Thread-safe.
 */
public final class SearchResultJson {
  private static final List<String> SUMMARY_KEYS =
      List.of(
          "id", "title", "authors", "venue", "year", "decision", "tldr", "tldrSource", "autoTldr");

  private SearchResultJson() {}

  /**
   * {@code {"total","paperId"?,"suggestion"?,"notes":[{"kind","message"}],"hits":[…],
   * "facets":{dimension:{value:count}}}}; {@code paperId} when the query named one paper by id,
   * {@code suggestion} a "did you mean" query.
   */
  public static ObjectNode of(SearchResult result) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("total", result.total());
    node.put("mode", result.mode().key());
    if (result.paperId() != null) {
      node.put("paperId", result.paperId());
    }
    if (result.suggestion() != null) {
      node.put("suggestion", result.suggestion());
    }
    ArrayNode notes = node.putArray("notes");
    result
        .notes()
        .forEach(n -> notes.addObject().put("kind", n.kind()).put("message", n.message()));
    node.set("hits", hits(result.hits()));
    ObjectNode facets = node.putObject("facets");
    for (Map.Entry<String, Map<String, Long>> dimension : result.facets().entrySet()) {
      ObjectNode values = facets.putObject(dimension.getKey());
      dimension.getValue().forEach(values::put);
    }
    return node;
  }

  /**
   * {@code
   * [{id,title,authors,venue,year,decision,tldr,tldrSource,autoTldr?,score,summaries,snippets:[{field,text,
   * page?,section?,highlights:[[start,end]]}]}]}; page and section only for full-text passages.
   */
  public static ArrayNode hits(List<SearchResult.Hit> hits) {
    ArrayNode array = PaperJson.mapper().createArrayNode();
    hits.forEach(hit -> array.add(hit(hit)));
    return array;
  }

  /** {@code {"tags":[{"tag","count"}]}}. */
  /**
   * {@code {"tags":[{"tag","name","aliases","count"}]}}: {@code tag} is the key {@code tag:}
   * matches, {@code name} the way papers write it most often, {@code aliases} the other ways.
   */
  public static ObjectNode tags(List<Map.Entry<String, Long>> tags, TagNames names) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    ArrayNode list = node.putArray("tags");
    for (Map.Entry<String, Long> t : tags) {
      ObjectNode item = list.addObject().put("tag", t.getKey()).put("name", names.name(t.getKey()));
      ArrayNode aliases = item.putArray("aliases");
      names.aliases(t.getKey()).forEach(aliases::add);
      item.put("count", t.getValue());
    }
    return node;
  }

  public static ObjectNode tags(List<Map.Entry<String, Long>> tags) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    ArrayNode list = node.putArray("tags");
    tags.forEach(t -> list.addObject().put("tag", t.getKey()).put("count", t.getValue()));
    return node;
  }

  /** A hit's paper fields without score and snippets. */
  public static ObjectNode summary(Paper paper) {
    return summary(paper, null);
  }

  /**
   * A hit's paper fields without score and snippets, the TL;DR with its provenance ({@link
   * PaperJson#toNode(Paper, String)}).
   *
   * @param autoTldr the paper's generated TL;DR, or null
   */
  public static ObjectNode summary(Paper paper, String autoTldr) {
    ObjectNode full = PaperJson.toNode(paper, autoTldr);
    ObjectNode node = PaperJson.mapper().createObjectNode();
    for (String key : SUMMARY_KEYS) {
      if (full.has(key)) {
        node.set(key, full.get(key));
      }
    }
    return node;
  }

  private static ObjectNode hit(SearchResult.Hit hit) {
    ObjectNode node = summary(hit.paper(), hit.autoTldr());
    if (Float.isNaN(hit.score())) {
      node.putNull("score");
    } else {
      node.put("score", hit.score());
    }
    node.put("summaries", hit.summaries());
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
