package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void ingest() throws Exception {
    data = dir.resolve("data");
    Path file =
        Files.writeString(
            dir.resolve("papers.jsonl"),
            """
            {"id":"a","title":"Graph Augmentation","authors":["Ada Lovelace"],"keywords":["graphs"],"venue":"ICLR","year":2019,"decision":"Oral","forum":"https://openreview.net/forum?id=a"}
            {"id":"b","title":"Graph Rejection","authors":["Alan Turing"],"venue":"ICLR","year":2019,"decision":"Reject"}
            {"id":"1706.03762","title":"Attention Is All You Need","authors":["Ashish Vaswani"],"categories":"cs.CL","venue":"arXiv","year":2017}
            {"id":"c","title":"Café Robots","authors":["José Núñez"],"venue":"NeurIPS","year":2016,"decision":"Poster"}
            """);
    assertThat(CliRun.of("ingest", "--data", data.toString(), file.toString()).exitCode()).isZero();
  }

  private CliRun export(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "export";
    all[1] = "--data";
    all[2] = data.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void withoutArgumentsEveryPaperIsWrittenAsJsonLines() {
    CliRun run = export();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(4)
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("{\"id\":")
                    .contains(",\"hasVector\":true,\"tags\":[")
                    .contains(",\"concepts\":["));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aQueryWritesItsMatchesAsBibTexAndSaysWhatItWrote() throws Exception {
    Path out = dir.resolve("graphs.bib");
    CliRun run = export("graph", "--format", "bib", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("Wrote 2 papers to " + out + " (BibTeX)\n");
    String bib = Files.readString(out);
    assertThat(bib)
        .contains("@inproceedings{lovelace2019graph,")
        .contains("booktitle = {International Conference on Learning Representations (ICLR 2019)}")
        .contains("@misc{turing2019graph,")
        .contains("howpublished = {Submitted to ICLR 2019}");
    assertThat(dir.resolve("graphs.bib.part")).doesNotExist();
  }

  @Test
  void risToStandardOutputHasOneRecordPerMatch() {
    CliRun run = export("--filter", "venue:ICLR", "--format", "ris");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("ER  - \r\n", -1)).hasSize(3);
    assertThat(run.out()).contains("TY  - CPAPER\r\n", "TY  - UNPB\r\n");
  }

  @Test
  void csvForExcelStartsWithAByteOrderMark() throws Exception {
    Path out = dir.resolve("papers.csv");
    CliRun run = export("--format", "csv", "--bom", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFid,title,").contains("Café Robots");
    assertThat(csv.split("\r\n")).hasSize(5);
  }

  @Test
  void theWholeMatchSetIsWrittenPastTheWebCap() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1001; i++) {
      many.append(
          String.format(
              Locale.ROOT, "{\"id\":\"m%04d\",\"title\":\"Many paper %d\",\"year\":2020}%n", i, i));
    }
    Path file = Files.writeString(dir.resolve("many.jsonl"), many);
    assertThat(CliRun.of("ingest", "--data", data.toString(), file.toString()).exitCode()).isZero();
    Path out = dir.resolve("many.ris");
    CliRun run = export("many", "--format", "ris", "-o", out.toString());
    assertThat(run.err()).isEqualTo("Wrote 1,001 papers to " + out + " (RIS)\n");
    assertThat(Files.readString(out).split("ER  - \r\n", -1)).hasSize(1002);
  }

  @Test
  void anUnwritableFileIsOneLineNamingItAndExitOne() throws Exception {
    Path missing = dir.resolve("no-such-dir").resolve("x.bib");
    CliRun run = export("--format", "bib", "-o", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("paperscope export: cannot write " + missing + ": no such directory\n");
    CliRun onDirectory = export("-o", dir.toString());
    assertThat(onDirectory.exitCode()).isEqualTo(1);
    assertThat(onDirectory.err())
        .isEqualTo("paperscope export: cannot write " + dir + ": it is a directory\n");
  }

  @Test
  void aFailedExportLeavesAnEarlierFileAsItWas() throws Exception {
    Path out = Files.writeString(dir.resolve("keep.bib"), "earlier");
    CliRun run = export("(graph", "--format", "bib", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("paperscope export: bad query");
    assertThat(Files.readString(out)).isEqualTo("earlier");
    assertThat(dir.resolve("keep.bib.part")).doesNotExist();
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun format = export("--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err())
        .isEqualTo("paperscope export: --format must be one of jsonl, bib, ris, csv, not xml\n");
    CliRun bom = export("--format", "bib", "--bom");
    assertThat(bom.exitCode()).isEqualTo(2);
    assertThat(bom.err()).contains("--bom applies to --format csv only");
    assertThat(export("--sort", "size").exitCode()).isEqualTo(2);
    assertThat(export("--format", "BibTeX").exitCode()).isZero();
  }
}
