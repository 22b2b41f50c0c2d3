package org.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A SciTLDR file (JSON Lines: {@code paper_id}, {@code title}, {@code source}, {@code target}). */
public final class SciTldrFile {
  /**
   * One paper.
   *
   * @param sentences the abstract, split into sentences by SciTLDR
   * @param targets the gold TL;DRs, the author's first
   */
  public record Paper(String id, String title, List<String> sentences, List<String> targets) {
    public Paper {
      sentences = List.copyOf(sentences);
      targets = List.copyOf(targets);
    }
  }

  private SciTldrFile() {}

  /**
   * Every paper of the file.
   *
   * @throws MalformedLineException naming the file and line of a record that is not SciTLDR JSON
   */
  public static List<Paper> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Paper> papers = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          throw new MalformedLineException(file, number, "not JSON: " + e.getOriginalMessage());
        }
        if (!node.path("source").isArray() || !node.path("target").isArray()) {
          throw new MalformedLineException(file, number, "needs arrays \"source\" and \"target\"");
        }
        papers.add(
            new Paper(
                node.path("paper_id").asText(String.valueOf(number)),
                node.path("title").asText(""),
                strings(node.path("source")),
                strings(node.path("target"))));
      }
    }
    return papers;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }
}
