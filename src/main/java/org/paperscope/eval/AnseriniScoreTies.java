package org.paperscope.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Lucene scores into the scores trec_eval sees in an Anserini run file, so that ties land
 * where they land for Anserini. Anserini's default rerank cascade ({@code
 * ScoreTiesAdjusterReranker}) rounds each float score to 1e-4 and subtracts 1e-6 per tied
 * predecessor, in float arithmetic; {@code SearchCollection} then prints the score with {@code %f}
 * (6 decimals), which trec_eval parses back. Stateless.
 */
final class AnseriniScoreTies {
  private static final float SCORE_RESOLUTION = 1e-4f;
  private static final float TIE_STEP = 1e-6f;

  private AnseriniScoreTies() {}

  /**
   * Returns the hits with adjusted scores.
   *
   * @param luceneOrder hits with float scores, in Anserini's search order (score descending, doc id
   *     ascending)
   */
  static List<Run.Hit> adjust(List<Run.Hit> luceneOrder) {
    List<Run.Hit> adjusted = new ArrayList<>(luceneOrder.size());
    float previous = 0;
    int ties = 0;
    for (int i = 0; i < luceneOrder.size(); i++) {
      float score = Math.round((float) luceneOrder.get(i).score() * 1e4f) / 1e4f;
      if (i == 0 || previous - score > SCORE_RESOLUTION) {
        ties = 0;
      } else {
        ties++;
        score -= TIE_STEP * ties;
      }
      previous = score;
      adjusted.add(new Run.Hit(luceneOrder.get(i).docId(), asPrinted(score)));
    }
    return adjusted;
  }

  /** The value of {@code String.format("%f", score)} as trec_eval reads it. */
  private static double asPrinted(float score) {
    return new BigDecimal(score).setScale(6, RoundingMode.HALF_UP).doubleValue();
  }
}
