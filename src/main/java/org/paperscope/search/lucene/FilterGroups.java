package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QueryNode;
import org.paperscope.search.QueryParser;
import org.paperscope.search.QuerySyntaxException;

/**
 * The filters of one request, combined by the usual faceted-search rule: filters on one facet
 * dimension ({@code venue:"ICLR"}, {@code venue:"NeurIPS"}) are ORed, dimensions and every other
 * filter are ANDed. Immutable.
 */
final class FilterGroups {
  /** Facet dimension to its filters' OR; insertion order. */
  private final Map<String, Query> byDimension;

  private final List<Query> others;

  private FilterGroups(Map<String, Query> byDimension, List<Query> others) {
    this.byDimension = byDimension;
    this.others = others;
  }

  /**
   * Parses and groups filters.
   *
   * @throws QuerySyntaxException when a filter is malformed
   */
  static FilterGroups of(List<String> filters, QueryLimits limits, QueryTranslator translator)
      throws QuerySyntaxException {
    Map<String, List<Query>> grouped = new LinkedHashMap<>();
    List<Query> others = new ArrayList<>();
    for (String filter : filters) {
      QueryNode root = QueryParser.parse(filter, limits);
      String dimension = dimension(root);
      Query query = translator.translate(root);
      if (dimension == null) {
        others.add(query);
      } else {
        grouped.computeIfAbsent(dimension, d -> new ArrayList<>()).add(query);
      }
    }
    Map<String, Query> byDimension = new LinkedHashMap<>();
    grouped.forEach((dimension, queries) -> byDimension.put(dimension, anyOf(queries)));
    return new FilterGroups(byDimension, others);
  }

  /** The facet dimensions that have a filter, in the order first filtered. */
  Set<String> dimensions() {
    return byDimension.keySet();
  }

  /** {@code query} restricted by every filter. */
  Query apply(Query query) {
    return applyExcept(query, null);
  }

  /**
   * {@code query} restricted by every filter but those of {@code dimension} (null: none left out):
   * the match set whose counts that dimension's facet shows, so its other values stay selectable.
   */
  Query applyExcept(Query query, String dimension) {
    if (others.isEmpty() && byDimension.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
    byDimension.forEach(
        (d, filter) -> {
          if (!d.equals(dimension)) {
            builder.add(filter, Occur.FILTER);
          }
        });
    others.forEach(filter -> builder.add(filter, Occur.FILTER));
    return builder.build();
  }

  /** The facet dimension a filter is a value of, or null for any other filter. */
  private static String dimension(QueryNode root) {
    String field =
        switch (root) {
          case QueryNode.Term t -> t.field();
          case QueryNode.Phrase p -> p.field();
          case QueryNode.Range r -> r.field();
          default -> null;
        };
    // Facet dimensions are named as the query language names their fields.
    return field != null && FacetReaderState.DIMENSIONS.contains(field) ? field : null;
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    queries.forEach(q -> builder.add(q, Occur.SHOULD));
    return builder.setMinimumNumberShouldMatch(1).build();
  }
}
