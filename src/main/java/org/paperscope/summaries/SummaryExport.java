package org.paperscope.summaries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Moves summaries out, in the format {@link SummaryImport} reads: one JSON object a line, {@code
 * {"paper","title","language","markdown","author","created","votes"}}, so a round trip keeps every
 * public summary.
 */
public final class SummaryExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryExport() {}

  /**
   * Writes {@code summaries} to {@code out}.
   *
   * @param titles the title of a paper by id, or null when the index no longer has it
   * @return how many were written
   */
  public static int write(List<Summary> summaries, Function<String, String> titles, Writer out)
      throws IOException {
    for (Summary s : summaries) {
      out.write(line(s, titles.apply(s.paperId())));
      out.write('\n');
    }
    out.flush();
    return summaries.size();
  }

  static String line(Summary s, String title) throws JsonProcessingException {
    ObjectNode node = JSON.createObjectNode();
    node.put("paper", s.paperId());
    if (title != null) {
      node.put("title", title);
    }
    node.put("language", s.language());
    node.put("markdown", s.markdown());
    node.put("author", s.authorName());
    node.put("created", s.created().toString());
    node.put("votes", s.votes());
    return JSON.writeValueAsString(node);
  }
}
