package org.paperscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * The 995 ICLR 2018 papers of ../shared/data (papercopilot), read with a small Jackson loop, for
 * browser tests and screenshots on realistic data.
 */
final class Iclr2018Corpus {
  static final String FILE = "iclr-openreview/papercopilot/iclr2018.json";

  private Iclr2018Corpus() {}

  /** The shared data file ({@link SharedData}). */
  static Path file() {
    return SharedData.file(FILE);
  }

  static List<Paper> read() throws IOException {
    List<Paper> out = new ArrayList<>();
    for (JsonNode p : PaperJson.mapper().readTree(Files.readString(file()))) {
      String id = p.path("id").asText();
      Paper.Builder paper =
          Paper.builder(id, p.path("title").asText().strip())
              .authors(split(p.path("author").asText()))
              .abstractText(blankToNull(p.path("abstract").asText()))
              .tldr(blankToNull(p.path("tldr").asText()))
              .keywords(split(p.path("keywords").asText()))
              .venue("ICLR")
              .year(2018)
              .decision(blankToNull(p.path("status").asText()))
              .links(
                  new Links(
                      "https://openreview.net/pdf?id=" + id,
                      blankToNull(p.path("site").asText()),
                      null,
                      null,
                      null,
                      null));
      if (p.path("rating_avg").asDouble() > 0) {
        paper.rating(p.path("rating_avg").asDouble());
      }
      out.add(paper.build());
    }
    return out;
  }

  private static List<String> split(String joined) {
    return Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Writes the corpus into {@code args[0]}'s index (for serving it by hand). */
  public static void main(String[] args) throws IOException {
    TestCorpus.write(Path.of(args[0]), read());
  }
}
