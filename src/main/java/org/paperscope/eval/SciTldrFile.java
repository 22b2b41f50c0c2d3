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
import org.paperscope.tldr.AutoTldr;
import org.paperscope.tldr.Sentences;

/**
 * A SciTLDR file (JSON Lines: {@code paper_id}, {@code title}, {@code source}, {@code target}), and
 * OpenReview exports read as training papers.
 */
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

  /**
   * Training papers of a file: a SciTLDR file (JSON Lines), or, for a name ending in {@code .json},
   * an array of OpenReview-style records ({@code title}, {@code abstract}, {@code tldr}: ICLR's
   * exports under ../shared/data/iclr-openreview/papercopilot), each with an author's TL;DR and an
   * abstract split into sentences; records without either are left out.
   *
   * @throws MalformedLineException naming the file of a JSON file that is not an array of records
   */
  public static List<Paper> readTraining(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".json")) {
      return read(file);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new MalformedLineException(file, 1, "not JSON: " + e.getOriginalMessage());
    }
    if (!root.isArray()) {
      throw new MalformedLineException(file, 1, "needs an array of {title, abstract, tldr}");
    }
    List<Paper> papers = new ArrayList<>();
    int number = 0;
    for (JsonNode node : root) {
      number++;
      String tldr = node.path("tldr").asText("").strip();
      String abstractText = node.path("abstract").asText("");
      if (tldr.isEmpty() || !AutoTldr.summarizable(abstractText)) {
        continue;
      }
      papers.add(
          new Paper(
              node.path("id").asText(file.getFileName() + "#" + number),
              node.path("title").asText(""),
              Sentences.split(abstractText),
              List.of(tldr)));
    }
    return papers;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }
}
