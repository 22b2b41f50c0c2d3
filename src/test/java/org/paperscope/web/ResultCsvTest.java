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
  void latexIsWrittenInUnicode() {
    Paper p =
        Paper.builder("p2", "Adam$^+$: fast")
            .tldr("10$\\times$ faster")
            .abstractText("``Sparse'' codes cut $20.09\\%$ of memory")
            .keywords(List.of("$k$-means", "$\\ell_1$"))
            .build();
    String row = ResultCsv.write(List.of(p), "http://h").lines().toList().get(1);
    assertThat(row)
        .isEqualTo(
            "p2,Adam⁺: fast,,,,,10× faster,“Sparse” codes cut 20.09% of memory,k-means; ℓ₁,"
                + "http://h/papers/p2,");
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
