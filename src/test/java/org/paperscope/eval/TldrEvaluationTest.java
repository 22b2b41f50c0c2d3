package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.tldr.TldrModel;

class TldrEvaluationTest {
  private static SciTldrFile.Paper paper(String id, String title) {
    return new SciTldrFile.Paper(
        id, title, List.of("We study " + title + " on many tasks."), List.of("Study " + title));
  }

  @Test
  void trainingLeavesOutScoredTitlesAndTitlesOfEarlierFilesButKeepsResubmissions() {
    List<SciTldrFile.Paper> scored = List.of(paper("s1", "Deep Sets"));
    List<SciTldrFile.Paper> train =
        List.of(
            paper("t1", "Deep sets!"),
            paper("t2", "Graph Pooling"),
            paper("t3", "Graph pooling"),
            paper("t4", "Sparse Attention"));
    List<SciTldrFile.Paper> openReview =
        List.of(paper("o1", "Sparse attention"), paper("o2", "Weight Decay"));
    List<SciTldrFile.Paper> kept = TldrEvaluation.training(List.of(train, openReview), scored);
    assertThat(kept).extracting(SciTldrFile.Paper::id).containsExactly("t2", "t3", "t4", "o2");
  }

  @Test
  void anOpenReviewExportGivesPapersWithAnAbstractAndAnAuthorsTldr(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("iclr2017.json");
    Files.writeString(
        file,
        """
        [{"id": "a", "title": "Graph Pooling", "tldr": "We pool graphs.",
          "abstract": "Graphs are everywhere. We propose a pooling layer for graph networks."},
         {"id": "b", "title": "No TL;DR", "tldr": "", "abstract": "An abstract with enough words."},
         {"id": "c", "title": "No abstract", "tldr": "Something.", "abstract": ""}]
        """);
    List<SciTldrFile.Paper> papers = SciTldrFile.readTraining(file);
    assertThat(papers).hasSize(1);
    assertThat(papers.get(0).sentences())
        .containsExactly(
            "Graphs are everywhere.", "We propose a pooling layer for graph networks.");
    assertThat(papers.get(0).targets()).containsExactly("We pool graphs.");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"title\": \"not an array\"}");
    assertThatThrownBy(() -> SciTldrFile.readTraining(broken))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("array");
  }

  @Test
  void crossValidationFitsOnTheOtherFoldsOfTheScoredPapers() {
    // Each abstract states its method in its third sentence, with a trailing clause; the TL;DR is
    // that sentence without it. With no training papers at all, only the other folds teach that.
    List<SciTldrFile.Paper> scored = new ArrayList<>();
    String[] topics = {"graph pooling", "label noise", "memory replay", "weight decay"};
    for (int i = 0; i < 80; i++) {
      String method = "We propose Model" + i + " for " + topics[i % topics.length];
      scored.add(
          new SciTldrFile.Paper(
              "p" + i,
              "Model" + i + ": " + topics[i % topics.length],
              List.of(
                  "Many systems in practice suffer when data are scarce and budgets are tight.",
                  "Prior work studied several heuristics without much success on benchmarks.",
                  method + ", which relies on a simple trick that anyone can implement quickly.",
                  "Experiments on five datasets show clear gains over strong baselines."),
              List.of(method + ".")));
    }
    TldrEvaluation.Result result =
        TldrEvaluation.crossValidate(List.of(), scored, 4, TldrModel.LAMBDA, 42);
    assertThat(result.papers()).isEqualTo(80);
    assertThat(result.rouge1()).isGreaterThan(90);
  }
}
