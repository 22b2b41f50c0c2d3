package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalResultTest {
  private final EvalResult scifact = new EvalResult(0.678909, 0.925333, 0.976667, 300);

  @Test
  void jsonHasTheThreeMetricsAsNumbersWithFourDecimals() {
    assertThat(scifact.toJson())
        .isEqualTo("{\"ndcg@10\":0.6789,\"recall@100\":0.9253,\"recall@1000\":0.9767}");
  }

  @Test
  void jsonKeepsTrailingZeros() {
    assertThat(new EvalResult(1, 0, 0.5, 1).toJson())
        .isEqualTo("{\"ndcg@10\":1.0000,\"recall@100\":0.0000,\"recall@1000\":0.5000}");
  }

  @Test
  void markdownRowMatchesTheHeaderColumns() {
    assertThat(EvalResult.markdownHeader())
        .isEqualTo("| run | nDCG@10 | R@100 | R@1000 | queries |\n|---|---:|---:|---:|---:|");
    assertThat(scifact.toMarkdownRow("anserini-flat"))
        .isEqualTo("| anserini-flat | 0.6789 | 0.9253 | 0.9767 | 300 |");
  }

  @Test
  void markdownRowEscapesPipesInTheName() {
    assertThat(scifact.toMarkdownRow("a|b")).startsWith("| a\\|b | 0.6789 |");
  }

  @Test
  void roundingFollowsTheExactBinaryValueLikePrintf() {
    // Values from python3 Decimal(x) and '%.4f' % x: 0.12345 is stored as 0.1234500000000000041..
    // (rounds up), 0.00015 as 0.0001499999999999999868.. (rounds down, where String.format gives
    // 0.0002), and 0.28125 is exact, a tie that printf rounds to even.
    assertThat(new EvalResult(0.12345, 0.00015, 0.28125, 1).toMarkdownRow("x"))
        .isEqualTo("| x | 0.1235 | 0.0001 | 0.2812 | 1 |");
  }
}
