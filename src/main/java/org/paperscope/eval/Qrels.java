package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments: query id to document id to grade. A grade above 0 means relevant; 0 and
 * negative grades are judged non-relevant (as in trec_eval). Immutable and thread-safe.
 */
public final class Qrels {
  private final Map<String, Map<String, Integer>> judgments;

  /** Copies {@code judgments}; iteration follows the given maps' order. */
  public Qrels(Map<String, ? extends Map<String, Integer>> judgments) {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach(
        (query, docs) -> copy.put(query, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    this.judgments = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a qrels file in either BEIR TSV form (header {@code query-id corpus-id score}) or TREC
   * form ({@code qid iter docid grade}), told apart by the first non-blank line.
   *
   * @throws MalformedLineException on a bad or duplicate line
   * @throws IOException when the file cannot be read
   */
  public static Qrels read(Path file) throws IOException {
    return QrelsReader.read(file);
  }

  /** Ids of every judged query, in first-seen order. */
  public Set<String> queryIds() {
    return judgments.keySet();
  }

  /** Ids of the queries with at least one relevant (grade &gt; 0) document, in first-seen order. */
  public Set<String> queryIdsWithRelevant() {
    Set<String> ids = new LinkedHashSet<>();
    judgments.forEach(
        (query, docs) -> {
          if (docs.values().stream().anyMatch(grade -> grade > 0)) {
            ids.add(query);
          }
        });
    return Collections.unmodifiableSet(ids);
  }

  /** Document id to grade for {@code queryId}; empty (never null) for an unjudged query. */
  public Map<String, Integer> judgments(String queryId) {
    return judgments.getOrDefault(queryId, Map.of());
  }

  /** Number of documents with grade &gt; 0 for {@code queryId}. */
  public int relevantCount(String queryId) {
    return (int) judgments(queryId).values().stream().filter(grade -> grade > 0).count();
  }

  /** Total number of judgments over all queries. */
  public int size() {
    return judgments.values().stream().mapToInt(Map::size).sum();
  }
}
