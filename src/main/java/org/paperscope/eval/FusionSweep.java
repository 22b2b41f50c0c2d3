package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.search.RankFusion;
import org.paperscope.search.SearchMode;

/**
 * Chooses hybrid search's fusion on a BEIR split: ranks every judged query by words (BM25) and by
 * meaning once, then scores each fusion of a grid (RRF's {@code k} and the weight of the ranking by
 * meaning; z-score fusion's share of meaning) with trec_eval semantics. Run it on a train split
 * only, and report the chosen fusion on test.
 */
public final class FusionSweep {
  /** Documents of each ranking that are fused, as hybrid search fuses them. */
  static final int DEPTH = 100;

  /** RRF's k values tried. */
  static final List<Integer> KS = List.of(10, 20, 40, 60, 100);

  /** Weights of the ranking by meaning tried in RRF (the keyword ranking's is 1). */
  static final List<Double> MEANING_WEIGHTS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0);

  /** Shares of the ranking by meaning tried in z-score fusion. */
  static final List<Double> MEANING_SHARES = List.of(0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6);

  /** One fusion and its figures; {@code fusion} null for the two rankings alone. */
  public record Row(String name, RankFusion fusion, EvalResult result) {}

  private FusionSweep() {}

  /**
   * Every fusion of the grid plus the two rankings alone, best nDCG@10 first (ties: the grid's
   * order, RRF by k then weight, then z-score by share).
   *
   * @throws IOException when a file cannot be read
   */
  public static List<Row> run(
      Path corpus, Path queriesFile, Path qrelsFile, EmbeddingModel model, Path cacheDir)
      throws IOException {
    Qrels qrels = Qrels.read(qrelsFile);
    Map<String, String> queries = BeirEvaluation.judged(BeirFiles.readQueries(queriesFile), qrels);
    Run byWords;
    Run byMeaning;
    BeirSetup setup = new BeirSetup(SearchMode.HYBRID, model, cacheDir);
    try (PaperScopeRetriever retriever = PaperScopeRetriever.index(corpus, setup)) {
      byWords = retriever.retrieve(queries, DEPTH, SearchMode.KEYWORD).withoutQueryIdHits();
      byMeaning = retriever.retrieve(queries, DEPTH, SearchMode.SEMANTIC).withoutQueryIdHits();
    }
    List<RankFusion> grid = new ArrayList<>();
    for (int k : KS) {
      for (double weight : MEANING_WEIGHTS) {
        grid.add(new RankFusion.Reciprocal(k, 1.0, weight));
      }
    }
    for (double share : MEANING_SHARES) {
      grid.add(new RankFusion.ZScore(share));
    }
    List<Row> rows = new ArrayList<>();
    for (RankFusion fusion : grid) {
      rows.add(
          new Row(
              fusion.name(),
              fusion,
              BeirEvaluation.score(qrels, fuse(fusion, queries, byWords, byMeaning))));
    }
    // A stable sort: equal figures keep the grid's order.
    rows.sort(Comparator.comparingDouble((Row r) -> -r.result().ndcg10()));
    rows.add(new Row("words alone (BM25)", null, BeirEvaluation.score(qrels, byWords)));
    rows.add(
        new Row(
            "meaning alone (" + model.id() + ")", null, BeirEvaluation.score(qrels, byMeaning)));
    return rows;
  }

  /**
   * The fused run of two runs, per query, weighed by each query's length as hybrid search weighs it
   * ({@link RankFusion#forWords}).
   */
  static Run fuse(RankFusion fusion, Map<String, String> texts, Run byWords, Run byMeaning) {
    Map<String, List<Run.Hit>> fused = new LinkedHashMap<>();
    for (String query : byWords.queryIds()) {
      int words = texts.getOrDefault(query, "").strip().split("\\s+").length;
      List<RankFusion.Scored<String>> ranking =
          fusion.forWords(words).fuse(scored(byWords.hits(query)), scored(byMeaning.hits(query)));
      List<Run.Hit> hits = new ArrayList<>(ranking.size());
      for (RankFusion.Scored<String> one : ranking) {
        hits.add(new Run.Hit(one.item(), one.score()));
      }
      fused.put(query, hits);
    }
    return new Run(fused);
  }

  private static List<RankFusion.Scored<String>> scored(List<Run.Hit> hits) {
    return hits.stream().map(hit -> new RankFusion.Scored<>(hit.docId(), hit.score())).toList();
  }
}
