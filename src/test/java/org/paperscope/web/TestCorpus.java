package org.paperscope.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

/**
 * A small corpus written for the web tests: 30 "learning" papers over two venues and three years
 * (enough for two pages of 20), papers with hostile titles, abstracts and links, and six papers
 * whose authors' names are written more than one way (none of them says "learning"), and one whose
 * id and author names need encoding in a URL path.
 */
public final class TestCorpus {
  public static final String HOSTILE_ID = "hostile1";
  public static final String SCRIPT_TITLE = "<script>alert(1)</script> Attention";
  public static final String ATTRIBUTE_ABSTRACT =
      "\"onmouseover=\"alert(1)\" x=\" an abstract about attention";
  public static final String SLASH_ID = "cs/0112017";
  public static final int LEARNING_PAPERS = 30;
  public static final int ICLR_LEARNING = 20;

  /** An arXiv-style id with its version, as arXiv records store it. */
  public static final String ARXIV_ID = "1409.3215v3";

  /** The spelling most papers use of the name that is also written "Quoc Le". */
  public static final String LE = "Quoc V. Le";

  public static final String SCHOLKOPF = "Bernhard Schölkopf";

  /** An id that is no plain path segment: a slash and two dots in one segment. */
  public static final String ODD_ID = "a/b..c";

  /** An id with a dot segment, which a browser resolves away unless the slashes are encoded. */
  public static final String DOT_SEGMENT_ID = "x/../y";

  /** An author name with characters that mean something in a URL or an HTML attribute. */
  public static final String ODD_AUTHOR = "Ann \"Q\" O/Brien";

  /** A second one: query, fragment and escape characters. */
  public static final String ODDER_AUTHOR = "Per %Cent? #1 + Co";

  /** The one word, in the odd paper's abstract only, that finds it. */
  public static final String ODD_WORD = "zanzibar";

  /** Distinct tags over the whole corpus: more than a results page lists per facet. */
  public static final int TAGS = 19;

  private TestCorpus() {}

  /** Writes the corpus into {@code dataDir}'s index and commits it. */
  public static void write(Path dataDir) throws IOException {
    write(dataDir, papers());
  }

  public static void write(Path dataDir, List<Paper> papers) throws IOException {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(dataDir).index(), 16, 1)) {
      for (Paper paper : papers) {
        writer.upsert(paper);
      }
      writer.commit();
    }
  }

  public static List<Paper> papers() {
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < LEARNING_PAPERS; i++) {
      boolean iclr = i < ICLR_LEARNING;
      out.add(
          Paper.builder(String.format("p%02d", i), "Deep learning method number " + i)
              .authors(List.of("Ada Lovelace", "Author " + i))
              .abstractText("We study representation learning with graphs, variant " + i + ".")
              .tldr(i % 2 == 0 ? "A learning method that works." : null)
              .keywords(
                  i % 3 == 0
                      ? List.of("graph learning", "few-shot learning", "topic " + i % 4)
                      : List.of("graph learning", "topic " + i % 4))
              .venue(iclr ? "ICLR" : "NeurIPS")
              .year(2018 + i % 3)
              .decision(i % 5 == 0 ? "Oral" : "Poster")
              .rating(3.0 + i % 7)
              .links(
                  new Links("https://example.org/pdf/" + i + ".pdf", null, null, null, null, null))
              .build());
    }
    out.add(hostile());
    out.add(
        Paper.builder(SLASH_ID, "An old arXiv paper on kernels")
            .authors(List.of("Grace Hopper"))
            .abstractText("Kernels, the old way.")
            .venue("arXiv")
            .year(2001)
            .build());
    out.addAll(nameVariants());
    out.add(
        Paper.builder(ODD_ID, "Identifiers that break naive links")
            .authors(List.of(ODD_AUTHOR, ODDER_AUTHOR))
            .abstractText("Links to this " + ODD_WORD + " paper must survive encoding.")
            .venue("arXiv")
            .year(2001)
            .build());
    out.add(
        Paper.builder(DOT_SEGMENT_ID, "Dot segments in identifiers")
            .authors(List.of(ODD_AUTHOR))
            .abstractText("Another " + ODD_WORD + " paper, whose id a browser would shorten.")
            .venue("arXiv")
            .year(2001)
            .build());
    out.add(
        Paper.builder("span1", "Names across authors")
            .authors(List.of("Smith John", "Ada Lovelace Junior"))
            .abstractText("A paper whose byline holds the words of another author's name.")
            .venue("ICML")
            .year(2017)
            .build());
    return out;
  }

  /**
   * "Quoc V. Le" twice and "Quoc Le" once; "Bernhard Schölkopf" twice and "Bernhard Scholkopf"
   * once, as real metadata writes them. Each paper brings tags of its own.
   */
  private static List<Paper> nameVariants() {
    return List.of(
        variant(
            ARXIV_ID,
            "Sequence to sequence models with neural networks",
            List.of("Ilya Sutskever", "Oriol Vinyals", LE),
            "NeurIPS",
            2014,
            List.of("sequence models", "machine translation", "recurrent networks")),
        variant(
            "le2",
            "Neural architecture search with reinforcement",
            List.of("Barret Zoph", LE),
            "ICLR",
            2017,
            List.of("architecture search", "reinforcement")),
        variant(
            "le3",
            "Efficient scaling of convolutional networks",
            List.of("Mingxing Tan", "Quoc Le"),
            "ICML",
            2019,
            List.of("model scaling", "convolutional networks")),
        variant(
            "bs1",
            "Causal inference from observational data",
            List.of(SCHOLKOPF),
            "ICML",
            2019,
            List.of("causality", "observational data")),
        variant(
            "bs2",
            "Independent mechanisms in causal models",
            List.of(SCHOLKOPF, "Dominik Janzing"),
            "NeurIPS",
            2018,
            List.of("causality", "independent mechanisms")),
        variant(
            "bs3",
            "Towards causal representations",
            List.of("Bernhard Scholkopf"),
            "ICML",
            2021,
            List.of("causal representation")));
  }

  private static Paper variant(
      String id, String title, List<String> authors, String venue, int year, List<String> tags) {
    return Paper.builder(id, title)
        .authors(authors)
        .abstractText("We study " + title.toLowerCase(Locale.ROOT) + ".")
        .keywords(tags)
        .venue(venue)
        .year(year)
        .decision("Poster")
        .build();
  }

  private static Paper hostile() {
    return Paper.builder(HOSTILE_ID, SCRIPT_TITLE)
        .authors(List.of("<b>Mallory</b>", "Eve \"onmouseover=\"alert(2)"))
        .abstractText(ATTRIBUTE_ABSTRACT)
        .tldr("TL;DR with <img src=x onerror=alert(3)> inside")
        .keywords(List.of("<script>tag</script>", "attention"))
        .venue("ICLR")
        .year(2019)
        .decision("Poster")
        .links(
            new Links(
                "javascript:alert(4)",
                "https://openreview.net/forum?id=hostile1",
                null,
                null,
                null,
                null))
        .build();
  }
}
