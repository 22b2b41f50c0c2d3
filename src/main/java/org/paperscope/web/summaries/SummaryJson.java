package org.paperscope.web.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.paperscope.paper.PaperJson;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryMarkdown;

/** Summaries as the JSON API writes them. */
public final class SummaryJson {
  private SummaryJson() {}

  /**
   * {@code {"id","paper","author","language","markdown","html","votes","version","draft","hidden",
   * "created","updated","url"}}; {@code html} is the rendered, sanitised Markdown as pages show it.
   */
  public static ObjectNode of(Summary s) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("id", s.id());
    node.put("paper", s.paperId());
    node.put("author", s.authorName());
    node.put("language", s.language());
    node.put("markdown", s.markdown());
    node.put("html", SummaryMarkdown.toHtml(s.markdown()));
    node.put("votes", s.votes());
    node.put("version", s.version());
    node.put("draft", s.draft());
    node.put("hidden", s.hidden());
    node.put("created", s.created().toString());
    node.put("updated", s.updated().toString());
    node.put("url", SummaryLinks.summary(s.id()));
    return node;
  }

  /**
   * {@code {"paper","language"?,"fallback","total","summaries":[…]}}: {@code language} the one
   * asked for, {@code fallback} true when none was in it and these are the others.
   */
  static JsonNode list(String paperId, List<Summary> summaries, String language, boolean fallback) {
    ObjectNode body = PaperJson.mapper().createObjectNode();
    body.put("paper", paperId);
    if (language != null) {
      body.put("language", language);
    }
    body.put("fallback", fallback);
    body.put("total", summaries.size());
    ArrayNode items = body.putArray("summaries");
    summaries.forEach(s -> items.add(of(s)));
    return body;
  }
}
