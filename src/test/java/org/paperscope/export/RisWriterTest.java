package org.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class RisWriterTest {
  /** A RIS line: two capitals or a capital and a digit, two spaces, a hyphen, a space. */
  private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

  private static final Paper ACCEPTED =
      Paper.builder("B11bwYgfM", "Graph Attention Networks")
          .authors(List.of("Petar Veličković", "Yoshua Bengio", "Martin Luther King Jr."))
          .abstractText("We present graph attention networks.")
          .tldr("Attention on graphs.")
          .keywords(List.of("graphs", "attention"))
          .venue("ICLR")
          .year(2018)
          .decision("Accept (Poster)")
          .links(
              new Links(
                  "https://openreview.net/pdf?id=B11bwYgfM",
                  "https://openreview.net/forum?id=B11bwYgfM",
                  null,
                  null,
                  null,
                  null))
          .build();

  private static final Paper REJECTED =
      Paper.builder("r1", "Ideas\r\nER  - \r\nTY  - JOUR")
          .authors(List.of("Mallory"))
          .abstractText("line one\nAU  - Injected, Author\u2028next")
          .venue("ICLR")
          .year(2019)
          .decision("Reject")
          .build();

  private static final Paper PREPRINT =
      Paper.builder("10.48550/arXiv.1706.03762", "Attention Is All You Need")
          .venue("arXiv")
          .year(2017)
          .links(new Links(null, "https://arxiv.org/abs/1706.03762", null, null, null, null))
          .build();

  private static final Paper BARE = Paper.builder("x", "No venue").build();

  @Test
  void everyLineIsATagEndedByCrlfAndEachPaperOneRecord() throws IOException {
    String ris = write(ACCEPTED, REJECTED, PREPRINT, BARE);
    assertThat(ris).endsWith("ER  - \r\n");
    assertThat(ris.replace("\r\n", "")).doesNotContain("\r", "\n", "\u2028");
    List<Map<String, List<String>>> records = parse(ris);
    assertThat(records).hasSize(4);
    assertThat(records).allSatisfy(r -> assertThat(r.get("TY")).hasSize(1));
  }

  @Test
  void acceptedPaperIsAConferencePaperWithEveryField() throws IOException {
    Map<String, List<String>> r = parse(write(ACCEPTED)).get(0);
    assertThat(r.get("TY")).containsExactly("CPAPER");
    assertThat(r.get("TI")).containsExactly("Graph Attention Networks");
    assertThat(r.get("AU"))
        .containsExactly("Veličković, Petar", "Bengio, Yoshua", "King, Martin Luther, Jr.");
    assertThat(r.get("T2"))
        .containsExactly("International Conference on Learning Representations (ICLR 2018)");
    assertThat(r.get("PY")).containsExactly("2018");
    assertThat(r.get("AB")).containsExactly("We present graph attention networks.");
    assertThat(r.get("KW")).containsExactly("graphs", "attention");
    assertThat(r.get("UR")).containsExactly("https://openreview.net/forum?id=B11bwYgfM");
    assertThat(r.get("L1")).containsExactly("https://openreview.net/pdf?id=B11bwYgfM");
    assertThat(r.get("N1")).containsExactly("TL;DR: Attention on graphs.");
    assertThat(r.get("ER")).containsExactly("");
  }

  @Test
  void rejectedPaperIsUnpublishedSubmittedToAndCannotInjectTags() throws IOException {
    List<Map<String, List<String>>> records = parse(write(REJECTED));
    assertThat(records).hasSize(1);
    Map<String, List<String>> r = records.get(0);
    assertThat(r.get("TY")).containsExactly("UNPB");
    assertThat(r.get("TI")).containsExactly("Ideas ER  -  TY  - JOUR");
    assertThat(r.get("AU")).containsExactly("Mallory");
    assertThat(r.get("AB")).containsExactly("line one AU  - Injected, Author next");
    assertThat(r.get("N1")).containsExactly("Submitted to ICLR 2019");
    assertThat(r).doesNotContainKey("T2");
  }

  @Test
  void preprintAndPaperWithoutVenue() throws IOException {
    List<Map<String, List<String>>> records = parse(write(PREPRINT, BARE));
    assertThat(records.get(0).get("TY")).containsExactly("UNPB");
    assertThat(records.get(0).get("DO")).containsExactly("10.48550/arXiv.1706.03762");
    assertThat(records.get(0).get("UR")).containsExactly("https://arxiv.org/abs/1706.03762");
    assertThat(records.get(0).get("AN")).containsExactly("arXiv:1706.03762");
    assertThat(records.get(1).get("TY")).containsExactly("GEN");
    assertThat(records.get(1)).containsOnlyKeys("TY", "TI", "ER");
  }

  @Test
  void namesAreInvertedOnlyWhenPlain() {
    assertThat(RisWriter.invert("Quoc V. Le")).isEqualTo("Le, Quoc V.");
    assertThat(RisWriter.invert("Le, Quoc")).isEqualTo("Le, Quoc");
    assertThat(RisWriter.invert("Madonna")).isEqualTo("Madonna");
  }

  private static String write(Paper... papers) throws IOException {
    StringWriter out = new StringWriter();
    PaperWriter writer = ExportFormat.RIS.open(out);
    for (Paper paper : papers) {
      writer.write(paper);
    }
    return out.toString();
  }

  /** Reads RIS back strictly: every line a tag, records from TY to ER. */
  static List<Map<String, List<String>>> parse(String ris) {
    List<Map<String, List<String>>> records = new ArrayList<>();
    Map<String, List<String>> current = null;
    for (String line : ris.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as("not a RIS line: '%s'", line).isTrue();
      if (m.group(1).equals("TY")) {
        assertThat(current).as("TY inside a record").isNull();
        current = new LinkedHashMap<>();
      }
      assertThat(current).as("tag outside a record: " + line).isNotNull();
      current.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      if (m.group(1).equals("ER")) {
        records.add(current);
        current = null;
      }
    }
    assertThat(current).as("record not ended by ER").isNull();
    return records;
  }
}
