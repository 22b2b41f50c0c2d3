package org.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.glossary.Concept;
import org.paperscope.paper.Paper;

/**
 * The hand-labelled glossary set (resource {@value #RESOURCE}): abstracts sampled with fixed seeds
 * from ../shared/data, each with the names it introduces, written down by reading it. Lines hold
 * {@code split} (dev, test: the first 200, tuned on; heldout: 100 more, labelled afterwards),
 * {@code source} (a file under the shared data directory), {@code id} (the record's id there),
 * {@code title} and {@code introduces} ([{name, aliases}]). The abstracts are read from the shared
 * data, never copied.
 */
public final class GlossaryLabels {
  /** The class-path resource of the labels. */
  public static final String RESOURCE = "eval/glossary-names.jsonl";

  /** One labelled abstract. */
  public record Labelled(String split, Paper paper, List<Concept> introduces) {}

  private record Label(String split, String source, String id, List<Concept> introduces) {}

  private GlossaryLabels() {}

  /**
   * The labelled abstracts of the bundled set, their papers read from {@code sharedDir}.
   *
   * @throws IOException when a source cannot be read or a labelled record is not in it
   */
  public static List<Labelled> read(Path sharedDir) throws IOException {
    List<Label> labels = labels();
    Map<String, Map<String, Paper>> bySource = new HashMap<>();
    List<Labelled> out = new ArrayList<>();
    for (Label label : labels) {
      Map<String, Paper> papers = bySource.get(label.source());
      if (papers == null) {
        papers = papers(sharedDir.resolve(label.source()));
        bySource.put(label.source(), papers);
      }
      Paper paper = find(papers, label.id());
      if (paper == null) {
        throw new IOException(
            RESOURCE + ": no record '" + label.id() + "' in " + sharedDir.resolve(label.source()));
      }
      out.add(new Labelled(label.split(), paper, label.introduces()));
    }
    return out;
  }

  /** The labels alone. */
  static List<Label> labels() throws IOException {
    InputStream in = GlossaryLabels.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("missing resource " + RESOURCE);
    }
    ObjectMapper json = new ObjectMapper();
    List<Label> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<Concept> names = new ArrayList<>();
        for (JsonNode c : node.path("introduces")) {
          List<String> aliases = new ArrayList<>();
          c.path("aliases").forEach(a -> aliases.add(a.asText()));
          names.add(new Concept(c.path("name").asText(), aliases));
        }
        out.add(
            new Label(
                node.path("split").asText(),
                node.path("source").asText(),
                node.path("id").asText(),
                names));
      }
    }
    return out;
  }

  /** A source's papers by id. */
  private static Map<String, Paper> papers(Path file) throws IOException {
    Map<String, Paper> papers = new HashMap<>();
    SourcePapers.read(file).forEach(p -> papers.put(p.id(), p));
    return papers;
  }

  /**
   * The paper a source's raw id became: the id itself, the file-prefixed form of an all-digit id
   * ({@code nips2017-9270}), or an arXiv id without its version.
   */
  private static Paper find(Map<String, Paper> papers, String rawId) {
    Paper paper = papers.get(rawId);
    if (paper != null) {
      return paper;
    }
    for (Map.Entry<String, Paper> e : papers.entrySet()) {
      String id = e.getKey();
      if (id.endsWith("-" + rawId) || rawId.startsWith(id + "v")) {
        return e.getValue();
      }
    }
    return null;
  }
}
