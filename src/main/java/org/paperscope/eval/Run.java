package org.paperscope.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The output of a retrieval system: for each query id, scored documents. Order within a query does
 * not matter to {@link TrecMetrics}, which ranks by score as trec_eval does. Immutable and
 * thread-safe.
 */
public final class Run {
  private final Map<String, List<Hit>> hits;

  /**
   * One retrieved document.
   *
   * @param docId the document id, non-null
   * @param score the retrieval score; higher ranks first
   */
  public record Hit(String docId, double score) {

    /** Checks that the id is non-null. */
    public Hit {
      Objects.requireNonNull(docId, "docId");
    }
  }

  /**
   * Copies {@code hits}.
   *
   * @throws IllegalArgumentException when a query lists the same document twice (trec_eval rejects
   *     such runs)
   */
  public Run(Map<String, ? extends List<Hit>> hits) {
    Map<String, List<Hit>> copy = new LinkedHashMap<>();
    hits.forEach(
        (query, list) -> {
          requireDistinct(query, list);
          copy.put(query, List.copyOf(list));
        });
    this.hits = Collections.unmodifiableMap(copy);
  }

  /** Ids of the queries that have an entry (possibly with no hits), in the given order. */
  public Set<String> queryIds() {
    return hits.keySet();
  }

  /** The hits for {@code queryId}, as given; empty (never null) for an unknown query. */
  public List<Hit> hits(String queryId) {
    return hits.getOrDefault(queryId, List.of());
  }

  /**
   * Returns a copy without hits whose document id equals their query id. BEIR data sets where
   * queries are also corpus documents (ArguAna, Quora) are evaluated this way, following Anserini's
   * {@code -removeQuery}.
   */
  public Run withoutQueryIdHits() {
    Map<String, List<Hit>> kept = new LinkedHashMap<>();
    hits.forEach(
        (query, list) -> {
          List<Hit> rest = new ArrayList<>(list);
          rest.removeIf(hit -> hit.docId().equals(query));
          kept.put(query, rest);
        });
    return new Run(kept);
  }

  private static void requireDistinct(String query, List<Hit> list) {
    Set<String> seen = new HashSet<>();
    for (Hit hit : list) {
      if (!seen.add(hit.docId())) {
        throw new IllegalArgumentException(
            "query " + query + " retrieves document " + hit.docId() + " twice");
      }
    }
  }
}
