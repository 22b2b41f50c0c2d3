package org.paperscope.glossary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Concepts as JSON, the same for the CLI and the API: {@code {"name","aliases","definedBy","year",
 * "mentions"}}.
 */
public final class GlossaryJson {
  private GlossaryJson() {}

  /** One concept's summary. */
  public static ObjectNode summary(GlossaryEntry entry) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", entry.name());
    ArrayNode aliases = node.putArray("aliases");
    entry.aliases().forEach(aliases::add);
    node.put("definedBy", entry.definedBy());
    if (entry.year() == null) {
      node.putNull("year");
    } else {
      node.put("year", entry.year());
    }
    node.put("mentions", entry.mentions());
    return node;
  }

  /** Summaries of {@code entries}, in order. */
  public static ArrayNode summaries(List<GlossaryEntry> entries) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    entries.forEach(e -> list.add(summary(e)));
    return list;
  }

  /**
   * One concept in full: the summary, every paper introducing it ({@code definers}), every paper
   * mentioning it ({@code mentionedBy}, ids) and related concepts' names ({@code related}).
   */
  public static ObjectNode detail(GlossaryEntry entry, Glossary glossary) {
    ObjectNode node = summary(entry);
    ArrayNode definers = node.putArray("definers");
    entry.definers().forEach(definers::add);
    ArrayNode mentioned = node.putArray("mentionedBy");
    entry.mentionedBy().forEach(mentioned::add);
    ArrayNode related = node.putArray("related");
    glossary.related(entry).forEach(r -> related.add(r.name()));
    return node;
  }
}
