package org.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class ResultCsvTest {
  @Test
  void latexIsWrittenInUnicode() throws IOException {
    Paper p =
        Paper.builder("p2", "Adam$^+$: fast")
            .tldr("10$\\times$ faster")
            .abstractText("``Sparse'' codes cut $20.09\\%$ of memory")
            .keywords(List.of("$k$-means", "$\\ell_1$"))
            .build();
    StringWriter out = new StringWriter();
    ResultCsv.open(out).write(p);
    String row = out.toString().lines().toList().get(1);
    assertThat(row)
        .startsWith(
            "p2,Adam⁺: fast,,,,,10× faster,“Sparse” codes cut 20.09% of memory,k-means; ℓ₁,");
  }

  @Test
  void writesAHeaderAndOneQuotedRowPerPaperWithCrlfEnds() throws IOException {
    Paper p =
        Paper.builder("p1", "A, \"quoted\" title")
            .authors(List.of("A B", "C D"))
            .year(2020)
            .links(
                new Links(
                    "https://x.org/p1.pdf",
                    "https://openreview.net/forum?id=p1",
                    null,
                    null,
                    null,
                    null))
            .build();
    StringWriter out = new StringWriter();
    ResultCsv.open(out).write(p);
    assertThat(out.toString())
        .isEqualTo(
            "id,title,authors,venue,year,decision,tldr,abstract,keywords,url,pdf\r\n"
                + "p1,\"A, \"\"quoted\"\" title\",A B; C D,,2020,,,,,"
                + "https://openreview.net/forum?id=p1,https://x.org/p1.pdf\r\n");
  }

  @Test
  void extrasAddVectorAndTldrProvenanceColumns() throws IOException {
    StringWriter out = new StringWriter();
    ResultCsv csv =
        ResultCsv.openForExcel(
            out,
            new PaperExtras() {
              @Override
              public boolean hasVector(Paper paper) {
                return paper.id().equals("with");
              }

              @Override
              public String autoTldr(Paper paper) {
                return paper.id().equals("none") ? null : "We write it.";
              }

              @Override
              public java.util.List<String> autoTags(Paper paper) {
                return paper.id().equals("without")
                    ? java.util.List.of("GAN", "few-shot learning")
                    : java.util.List.of();
              }
            });
    csv.write(Paper.builder("with", "Embedded").tldr("The authors say.").build());
    csv.write(Paper.builder("without", "Not yet").build());
    csv.write(Paper.builder("none", "Nothing").build());
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .startsWith("\uFEFFid,")
        .endsWith(",url,pdf,has_vector,tldr_source,auto_tldr,auto_tags");
    assertThat(lines.get(1))
        .startsWith("with,Embedded,,,,,The authors say.,")
        .endsWith(",true,author,We write it.,");
    assertThat(lines.get(2))
        .startsWith("without,Not yet,,,,,We write it.,")
        .endsWith(",false,auto,We write it.,GAN; few-shot learning");
    assertThat(lines.get(3)).endsWith(",false,none,,");
  }

  @Test
  void excelVariantStartsWithAByteOrderMark() throws IOException {
    StringWriter out = new StringWriter();
    ResultCsv.openForExcel(out).write(Paper.builder("é", "Café").build());
    assertThat(out.toString()).startsWith("\uFEFFid,title,").contains("é,Café,");
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
