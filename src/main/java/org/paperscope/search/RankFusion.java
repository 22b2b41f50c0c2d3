package org.paperscope.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How hybrid search fuses its two rankings of the same match set: by words (BM25) and by meaning
 * (cosine of the embeddings). Two families, both measured by {@code paperscope eval fusion}:
 *
 * <ul>
 *   <li>{@link Reciprocal}: weighted reciprocal rank fusion (Cormack, Clarke and Büttcher 2009), an
 *       item's score the sum over rankings of {@code weight / (k + rank)}; it sees ranks only.
 *   <li>{@link ZScore}: a convex combination of the two rankings' scores, each standardised over
 *       its own list (Bruch, Gai and Ingber 2023 found such score fusion ahead of RRF); it sees how
 *       far ahead a document is, not only that it is ahead.
 * </ul>
 *
 * Implementations are immutable and thread-safe.
 */
public sealed interface RankFusion permits RankFusion.Reciprocal, RankFusion.ZScore {

  /**
   * The fusion hybrid search uses: the best of 41 settings on BEIR SciFact's 809 train queries with
   * all-MiniLM-L6-v2 and the length weighting of {@link #forWords} (nDCG@10 0.733, against 0.721
   * for the best RRF and 0.705 for RRF's k = 60 with equal weights; BM25 alone 0.689, meaning alone
   * 0.652). Rerun with {@code paperscope eval fusion}.
   */
  RankFusion HYBRID = new ZScore(0.45);

  /** Query words at and above which meaning gets its full weight. */
  int FULL_WEIGHT_WORDS = 10;

  /** Query words at and below which the ranking is by words alone. */
  int WORDS_ALONE = 3;

  /** An item of a ranking with its score (BM25, cosine or fused), best first in a ranking. */
  record Scored<T>(T item, double score) {}

  /** The weight of the ranking by meaning; 0 means the fused ranking is the keyword ranking. */
  double meaningWeight();

  /** A short name for tables ("z-score, meaning 0.4"). */
  String name();

  /** This fusion with the ranking by meaning weighed by {@code share} (0 to 1) of its weight. */
  RankFusion withMeaningShare(double share);

  /**
   * The fused ranking, best first; ties keep the order of first appearance (keyword ranking first),
   * so the result is deterministic. Each list is one ranking, best first.
   */
  <T> List<Scored<T>> fuse(List<Scored<T>> byKeyword, List<Scored<T>> byMeaning);

  /**
   * This fusion for a query of {@code words} words: meaning's weight grows from 0 (three words or
   * fewer: a term, a phrase, a name, which mean those words) to its full weight at ten words (a
   * claim, a question, a pasted abstract). With full weight at every length, hybrid search found
   * the paper of a title's first five words first 94.2% of the time against 99.6% by words alone,
   * and topic queries of one to three words lost a point of nDCG@10 (docs/evaluation.md).
   */
  default RankFusion forWords(int words) {
    double share =
        Math.clamp((double) (words - WORDS_ALONE) / (FULL_WEIGHT_WORDS - WORDS_ALONE), 0.0, 1.0);
    return withMeaningShare(share);
  }

  /**
   * Weighted reciprocal rank fusion.
   *
   * @param k damps the head of each ranking (60 in the original paper)
   * @param keywordWeight weight of the keyword (BM25) ranking
   * @param meaningWeight weight of the ranking by meaning
   */
  record Reciprocal(int k, double keywordWeight, double meaningWeight) implements RankFusion {
    @Override
    public String name() {
      return "RRF k=" + k + ", meaning weight " + meaningWeight;
    }

    @Override
    public Reciprocal withMeaningShare(double share) {
      return new Reciprocal(k, keywordWeight, meaningWeight * share);
    }

    @Override
    public <T> List<Scored<T>> fuse(List<Scored<T>> byKeyword, List<Scored<T>> byMeaning) {
      Map<T, Double> scores = new LinkedHashMap<>();
      add(scores, byKeyword, keywordWeight);
      add(scores, byMeaning, meaningWeight);
      return ranked(scores);
    }

    private <T> void add(Map<T, Double> scores, List<Scored<T>> ranking, double weight) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        scores.merge(ranking.get(rank).item(), weight / (k + rank + 1), Double::sum);
      }
    }
  }

  /**
   * Score fusion: {@code (1 - meaningWeight) · z(bm25) + meaningWeight · z(cosine)}, where {@code
   * z} standardises a score over its own ranking (mean 0, standard deviation 1). An item missing
   * from one ranking gets that ranking's lowest standardised score: it ranked below all the others.
   *
   * @param meaningWeight share of the ranking by meaning, 0 to 1
   */
  record ZScore(double meaningWeight) implements RankFusion {
    public ZScore {
      if (!(meaningWeight >= 0 && meaningWeight <= 1)) {
        throw new IllegalArgumentException("meaning weight must be in [0, 1]: " + meaningWeight);
      }
    }

    @Override
    public String name() {
      return "z-score, meaning weight " + meaningWeight;
    }

    @Override
    public ZScore withMeaningShare(double share) {
      return new ZScore(meaningWeight * share);
    }

    @Override
    public <T> List<Scored<T>> fuse(List<Scored<T>> byKeyword, List<Scored<T>> byMeaning) {
      Map<T, Double> words = standardised(byKeyword);
      Map<T, Double> meaning = standardised(byMeaning);
      double wordsFloor = floor(words);
      double meaningFloor = floor(meaning);
      Map<T, Double> scores = new LinkedHashMap<>();
      for (Scored<T> one : byKeyword) {
        scores.putIfAbsent(one.item(), 0.0);
      }
      for (Scored<T> one : byMeaning) {
        scores.putIfAbsent(one.item(), 0.0);
      }
      scores.replaceAll(
          (item, unused) ->
              (1 - meaningWeight) * words.getOrDefault(item, wordsFloor)
                  + meaningWeight * meaning.getOrDefault(item, meaningFloor));
      return ranked(scores);
    }

    private static <T> Map<T, Double> standardised(List<Scored<T>> ranking) {
      double sum = 0;
      for (Scored<T> one : ranking) {
        sum += one.score();
      }
      double mean = ranking.isEmpty() ? 0 : sum / ranking.size();
      double squares = 0;
      for (Scored<T> one : ranking) {
        squares += (one.score() - mean) * (one.score() - mean);
      }
      double deviation = ranking.isEmpty() ? 0 : Math.sqrt(squares / ranking.size());
      Map<T, Double> z = new LinkedHashMap<>();
      for (Scored<T> one : ranking) {
        z.putIfAbsent(one.item(), deviation > 0 ? (one.score() - mean) / deviation : 0.0);
      }
      return z;
    }

    private static double floor(Map<?, Double> z) {
      return z.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
  }

  private static <T> List<Scored<T>> ranked(Map<T, Double> scores) {
    List<Scored<T>> fused = new ArrayList<>(scores.size());
    scores.forEach((item, score) -> fused.add(new Scored<>(item, score)));
    // A stable sort: equal scores stay in order of first appearance.
    fused.sort(Comparator.comparingDouble((Scored<T> f) -> f.score()).reversed());
    return fused;
  }
}
