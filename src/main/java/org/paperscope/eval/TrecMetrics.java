package org.paperscope.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Ranking metrics with the semantics of trec_eval (9.0 series) run as {@code trec_eval -c -m
 * ndcg_cut.k -m recall.k}, the way Anserini and BEIR report them:
 *
 * <ul>
 *   <li>a query's hits are ranked by score descending, ties by document id descending (trec_eval
 *       sorts with {@code strcmp} reversed), whatever order the run lists them in;
 *   <li>relevant means grade &gt; 0; the gain of a document is its grade;
 *   <li>means are taken over the qrels queries with at least one relevant document; such a query
 *       missing from the run scores 0 ({@code -c}); run queries absent from the qrels are ignored.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TrecMetrics {

  /** trec_eval's ranking: score descending, then document id descending. */
  public static final Comparator<Run.Hit> TREC_ORDER =
      Comparator.comparingDouble(Run.Hit::score).thenComparing(Run.Hit::docId).reversed();

  private TrecMetrics() {}

  /** Mean nDCG@{@code k} of {@code run} over the qrels queries with a relevant document. */
  public static double ndcg(Qrels qrels, Run run, int k) {
    requirePositive(k);
    return mean(qrels, run, (judgments, hits) -> ndcg(judgments, hits, k));
  }

  /** Mean recall@{@code k} of {@code run} over the qrels queries with a relevant document. */
  public static double recall(Qrels qrels, Run run, int k) {
    requirePositive(k);
    return mean(qrels, run, (judgments, hits) -> recall(judgments, hits, k));
  }

  /**
   * nDCG@{@code k} of one query (trec_eval {@code ndcg_cut}): DCG = sum over the top {@code k}
   * ranks r (1-based) of grade / log2(r + 1), counting grades &gt; 0 only, divided by the DCG of
   * the judged documents sorted by grade. 0 when nothing is relevant.
   *
   * @param judgments document id to grade for this query
   * @param hits this query's hits in any order
   */
  public static double ndcg(Map<String, Integer> judgments, List<Run.Hit> hits, int k) {
    requirePositive(k);
    List<Run.Hit> ranked = ranked(hits);
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gainAt(judgments.getOrDefault(ranked.get(i).docId(), 0), i);
    }
    List<Integer> ideal =
        judgments.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
    double idealDcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idealDcg += gainAt(ideal.get(i), i);
    }
    return idealDcg > 0 ? dcg / idealDcg : 0;
  }

  /**
   * Recall@{@code k} of one query (trec_eval {@code recall.k}): relevant documents in the top
   * {@code k} divided by all relevant documents in {@code judgments}; 0 when nothing is relevant.
   *
   * @param judgments document id to grade for this query
   * @param hits this query's hits in any order
   */
  public static double recall(Map<String, Integer> judgments, List<Run.Hit> hits, int k) {
    requirePositive(k);
    long relevant = judgments.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    List<Run.Hit> ranked = ranked(hits);
    long found =
        ranked.subList(0, Math.min(k, ranked.size())).stream()
            .filter(hit -> judgments.getOrDefault(hit.docId(), 0) > 0)
            .count();
    return (double) found / relevant;
  }

  /** Returns a copy of {@code hits} in trec_eval's order, see {@link #TREC_ORDER}. */
  public static List<Run.Hit> ranked(List<Run.Hit> hits) {
    List<Run.Hit> ranked = new ArrayList<>(hits);
    ranked.sort(TREC_ORDER);
    return ranked;
  }

  /** Discounted gain at 0-based rank {@code index}; non-positive grades give nothing. */
  private static double gainAt(int grade, int index) {
    return grade > 0 ? grade / log2(index + 2) : 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double mean(
      Qrels qrels, Run run, ToDoubleBiFunction<Map<String, Integer>, List<Run.Hit>> metric) {
    var queries = qrels.queryIdsWithRelevant();
    if (queries.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String query : queries) {
      sum += metric.applyAsDouble(qrels.judgments(query), run.hits(query));
    }
    return sum / queries.size();
  }

  private static void requirePositive(int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("cutoff must be positive: " + k);
    }
  }
}
