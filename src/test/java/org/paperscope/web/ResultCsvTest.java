package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Paper;

class ResultCsvTest {
  @Test
  void writesAHeaderAndOneQuotedRowPerPaper() {
    Paper p =
        Paper.builder("p1", "A, \"quoted\" title")
            .authors(List.of("A B", "C D"))
            .year(2020)
            .build();
    String csv = ResultCsv.write(List.of(p), "http://h");
    assertThat(csv.lines().toList())
        .containsExactly(
            "id,title,authors,venue,year,decision,tldr,abstract,keywords,url,pdf",
            "p1,\"A, \"\"quoted\"\" title\",A B; C D,,2020,,,,,http://h/papers/p1,");
  }

  @Test
  void formulaCellsAreDefused() {
    assertThat(ResultCsv.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(ResultCsv.defuse("+1")).isEqualTo("'+1");
    assertThat(ResultCsv.defuse("-1")).isEqualTo("'-1");
    assertThat(ResultCsv.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ResultCsv.defuse("plain")).isEqualTo("plain");
  }
}
