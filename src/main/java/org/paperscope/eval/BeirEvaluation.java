package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link BeirRetriever} on a BEIR data set the way BEIR results are published
 * (Anserini's regressions): the top {@value #DEPTH} hits per judged query, hits whose document id
 * equals the query id removed, then nDCG@10, recall@100 and recall@1000 as {@link TrecMetrics}
 * computes them. Stateless and thread-safe.
 */
public final class BeirEvaluation {
  /** Hits retrieved per query, as in Anserini's BEIR runs ({@code -hits 1000}). */
  public static final int DEPTH = 1000;

  private BeirEvaluation() {}

  /**
   * Evaluates {@code preset} on BEIR files: reads the qrels and queries, indexes the corpus,
   * retrieves and scores. The qrels and queries are checked before the (slow) indexing starts.
   *
   * @param corpusFile BEIR {@code corpus.jsonl}
   * @param queriesFile BEIR {@code queries.jsonl}; may hold more queries than the qrels judge
   * @param qrelsFile BEIR qrels TSV or TREC qrels
   * @throws MalformedLineException on a bad line in any of the files
   * @throws IOException when a file cannot be read, or a judged query has no text in {@code
   *     queriesFile}
   */
  public static EvalResult evaluate(
      Path corpusFile, Path queriesFile, Path qrelsFile, BeirPreset preset, BeirSetup setup)
      throws IOException {
    Qrels qrels = Qrels.read(qrelsFile);
    Map<String, String> queries = BeirFiles.readQueries(queriesFile);
    requireQueryTexts(qrels, queries, queriesFile);
    try (BeirRetriever retriever = preset.index(corpusFile, setup)) {
      return evaluate(retriever, queries, qrels);
    }
  }

  /**
   * Runs the judged queries through {@code retriever} and scores the run. Only queries with a
   * relevant document in {@code qrels} are retrieved; a judged query missing from {@code queries}
   * counts as 0, as with {@code trec_eval -c}.
   *
   * @param queries query id to text; extra (unjudged) queries are ignored
   * @throws IOException when the retriever fails
   */
  public static EvalResult evaluate(
      BeirRetriever retriever, Map<String, String> queries, Qrels qrels) throws IOException {
    Run run = retriever.retrieve(judged(queries, qrels), DEPTH).withoutQueryIdHits();
    return score(qrels, run);
  }

  /** The queries with a relevant document in {@code qrels}, in qrels order. */
  static Map<String, String> judged(Map<String, String> queries, Qrels qrels) {
    Map<String, String> judged = new LinkedHashMap<>();
    for (String id : qrels.queryIdsWithRelevant()) {
      if (queries.containsKey(id)) {
        judged.put(id, queries.get(id));
      }
    }
    return judged;
  }

  /** Scores an existing run against {@code qrels}; hits are used as given (no removal). */
  public static EvalResult score(Qrels qrels, Run run) {
    return new EvalResult(
        TrecMetrics.ndcg(qrels, run, 10),
        TrecMetrics.recall(qrels, run, 100),
        TrecMetrics.recall(qrels, run, 1000),
        qrels.queryIdsWithRelevant().size());
  }

  private static void requireQueryTexts(Qrels qrels, Map<String, String> queries, Path queriesFile)
      throws IOException {
    List<String> missing =
        qrels.queryIdsWithRelevant().stream().filter(id -> !queries.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IOException(
          "%s: %d judged queries have no text, e.g. %s"
              .formatted(
                  queriesFile, missing.size(), missing.subList(0, Math.min(5, missing.size()))));
    }
  }
}
