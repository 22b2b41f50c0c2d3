package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Weighted reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): a document's score is the
 * sum over rankings of {@code weight / (K + rank)}. Rank-based, so BM25 scores and cosines need no
 * common scale. Ties by document id. Stateless.
 */
final class RankFusion {
  /** The constant of the original paper; it damps the head of each ranking. */
  static final int K = 60;

  /** Weight of the keyword (BM25) ranking. */
  static final double KEYWORD_WEIGHT = 1.0;

  /** Weight of the ranking by meaning (cosine of the embeddings). */
  static final double MEANING_WEIGHT = 1.0;

  private RankFusion() {}

  /** The fused ranking of two rankings, best first, scores set to the fused score. */
  static List<ScoreDoc> fuse(ScoreDoc[] keyword, ScoreDoc[] meaning) {
    return fuse(keyword, meaning, KEYWORD_WEIGHT, MEANING_WEIGHT);
  }

  static List<ScoreDoc> fuse(
      ScoreDoc[] keyword, ScoreDoc[] meaning, double keywordWeight, double meaningWeight) {
    Map<Integer, Double> scores = new HashMap<>();
    add(scores, keyword, keywordWeight);
    add(scores, meaning, meaningWeight);
    List<ScoreDoc> fused = new ArrayList<>(scores.size());
    scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score.floatValue())));
    fused.sort(
        (a, b) -> {
          int byScore = Double.compare(scores.get(b.doc), scores.get(a.doc));
          return byScore != 0 ? byScore : Integer.compare(a.doc, b.doc);
        });
    return fused;
  }

  private static void add(Map<Integer, Double> scores, ScoreDoc[] ranking, double weight) {
    for (int rank = 0; rank < ranking.length; rank++) {
      scores.merge(ranking[rank].doc, weight / (K + rank + 1), Double::sum);
    }
  }
}
