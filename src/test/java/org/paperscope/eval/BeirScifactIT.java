package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Anserini's published BM25 flat baseline on BEIR SciFact (test split, 300 queries):
 * nDCG@10 0.6789, R@100 0.9253, R@1000 0.9767 (shared/data/DATA_INDEX.md; Anserini's
 * beir-v1.0.0-scifact-flat regression). Fails when a metric moves more than 0.001 either way.
 */
@Tag("slow")
class BeirScifactIT {
  private static final double TOLERANCE = 0.001;

  @Test
  void anseriniFlatReproducesPublishedBm25Numbers() throws IOException {
    EvalResult result = evaluateOnTestSplit(BeirPreset.ANSERINI_FLAT);

    System.out.println(EvalResult.markdownHeader());
    System.out.println(
        new EvalResult(0.6789, 0.9253, 0.9767, 300).toMarkdownRow("Anserini (published)"));
    System.out.println(result.toMarkdownRow("anserini-flat"));
    assertThat(result.queries()).isEqualTo(300);
    assertThat(result.ndcg10()).isCloseTo(0.6789, within(TOLERANCE));
    assertThat(result.recall100()).isCloseTo(0.9253, within(TOLERANCE));
    assertThat(result.recall1000()).isCloseTo(0.9767, within(TOLERANCE));
  }

  /**
   * PaperScope's own ranking (BM25F over title and abstract with light stems plus Porter stems at
   * half weight, k1 1.2, b 0.75, tuned on the train split) on the same test split: the figures in
   * docs/evaluation.md, ±0.001.
   */
  @Test
  void paperScopeRankingKeepsItsMeasuredQuality() throws IOException {
    EvalResult result = evaluateOnTestSplit(BeirPreset.PAPERSCOPE);

    System.out.println(result.toMarkdownRow("paperscope"));
    assertThat(result.ndcg10()).isCloseTo(0.6826, within(TOLERANCE));
    assertThat(result.recall100()).isCloseTo(0.9170, within(TOLERANCE));
    assertThat(result.recall1000()).isCloseTo(0.9700, within(TOLERANCE));
  }

  private static EvalResult evaluateOnTestSplit(BeirPreset preset) throws IOException {
    Path scifact =
        Path.of(System.getProperty("paperscope.shared.data", "../shared/data"), "beir-scifact");
    return BeirEvaluation.evaluate(
        scifact.resolve("corpus.jsonl"),
        scifact.resolve("queries.jsonl"),
        scifact.resolve("qrels/test.tsv"),
        preset);
  }
}
