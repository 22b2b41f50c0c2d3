package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfGroundTruthTest {
  @TempDir Path dir;

  @Test
  void expectedTitlesComeFromEveryKindOfGroundTruthFileWhosePdfExists() throws Exception {
    Path sp = Files.createDirectories(dir.resolve("sp"));
    Path arxiv = Files.createDirectories(dir.resolve("arxiv"));
    for (String name : new String[] {"sp/a.pdf", "sp/b.pdf", "sp/c.pdf", "arxiv/d.pdf"}) {
      Files.writeString(dir.resolve(name), "%PDF-1.4");
    }
    Files.writeString(
        sp.resolve("a.extraction.json"), "[[\"line\", \"x\"], [\"title\", \"Title A\"]]");
    Files.writeString(sp.resolve("b-labels.txt"), "TITLE\tTitle B\nAUTHOR\tSomeone\n");
    Files.writeString(
        sp.resolve("groundTruth.json"),
        "{ \"id\": \"c\", \"title\": \"Title C\" }\n"
            + "{ \"id\": \"missing\", \"title\": \"No PDF\" }\n");
    Files.writeString(
        arxiv.resolve("MANIFEST.tsv"), "file\tarxiv_id\ttitle\tpages\nd.pdf\t1\tTitle D\t9\n");

    assertThat(PdfGroundTruth.titles(dir))
        .containsOnly(
            java.util.Map.entry(sp.resolve("a.pdf"), "Title A"),
            java.util.Map.entry(sp.resolve("b.pdf"), "Title B"),
            java.util.Map.entry(sp.resolve("c.pdf"), "Title C"),
            java.util.Map.entry(arxiv.resolve("d.pdf"), "Title D"));
    assertThat(PdfGroundTruth.manifestPdfs(dir)).containsExactly(arxiv.resolve("d.pdf"));
    assertThat(PdfGroundTruth.pdfs(dir)).hasSize(4);
  }

  @Test
  void titlesAreComparedWithoutCaseOrPunctuation() {
    assertThat(PdfTitleEvaluation.normalise("Did you notice?: neuronal  processing"))
        .isEqualTo(PdfTitleEvaluation.normalise("DID YOU NOTICE? Neuronal Processing"));
  }
}
