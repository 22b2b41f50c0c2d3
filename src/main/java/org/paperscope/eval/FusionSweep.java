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
 * meaning) with trec_eval semantics. Run it on a train split only, and report the chosen fusion on
 * test.
 */
public final class FusionSweep {
  /** Documents of each ranking that are fused, as hybrid search fuses them. */
  static final int DEPTH = 100;

  /** RRF's k values tried. */
  static final List<Integer> KS = List.of(10, 20, 40, 60, 100);

  /** Weights of the ranking by meaning tried (the keyword ranking's is 1). */
  static final List<Double> MEANING_WEIGHTS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0);

  /** One fusion and its figures; {@code fusion} null for the two rankings alone. */
  public record Row(String name, RankFusion fusion, EvalResult result) {}

  private FusionSweep() {}

  /**
   * Every fusion of the grid plus the two rankings alone, best nDCG@10 first (ties: smaller k, then
   * smaller weight).
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
    List<Row> rows = new ArrayList<>();
    for (int k : KS) {
      for (double weight : MEANING_WEIGHTS) {
        RankFusion fusion = new RankFusion(k, 1.0, weight);
        rows.add(
            new Row(
                name(fusion),
                fusion,
                BeirEvaluation.score(qrels, fuse(fusion, queries, byWords, byMeaning))));
      }
    }
    rows.sort(
        Comparator.comparingDouble((Row r) -> -r.result().ndcg10())
            .thenComparingInt(r -> r.fusion().k())
            .thenComparingDouble(r -> r.fusion().meaningWeight()));
    rows.add(new Row("words alone (BM25)", null, BeirEvaluation.score(qrels, byWords)));
    rows.add(
        new Row(
            "meaning alone (" + model.id() + ")", null, BeirEvaluation.score(qrels, byMeaning)));
    return rows;
  }

  static String name(RankFusion fusion) {
    return "RRF k=" + fusion.k() + ", meaning weight " + fusion.meaningWeight();
  }

  /**
   * The fused run of two runs, per query, weighed by each query's length as hybrid search weighs it
   * ({@link RankFusion#forWords}).
   */
  static Run fuse(RankFusion fusion, Map<String, String> texts, Run byWords, Run byMeaning) {
    Map<String, List<Run.Hit>> fused = new LinkedHashMap<>();
    for (String query : byWords.queryIds()) {
      int words = texts.getOrDefault(query, "").strip().split("\\s+").length;
      List<RankFusion.Fused<String>> ranking =
          fusion.forWords(words).fuse(ids(byWords.hits(query)), ids(byMeaning.hits(query)));
      List<Run.Hit> hits = new ArrayList<>(ranking.size());
      for (RankFusion.Fused<String> one : ranking) {
        hits.add(new Run.Hit(one.item(), one.score()));
      }
      fused.put(query, hits);
    }
    return new Run(fused);
  }

  private static List<String> ids(List<Run.Hit> hits) {
    return hits.stream().map(Run.Hit::docId).toList();
  }
}
