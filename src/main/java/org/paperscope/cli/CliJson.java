package org.paperscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.paperscope.paper.PaperJson;

/** Writes the CLI's {@code --json} output; the shapes come from {@code SearchResultJson}. */
final class CliJson {
  private CliJson() {}

  static String write(JsonNode node) throws JsonProcessingException {
    return PaperJson.mapper().writeValueAsString(node);
  }
}
