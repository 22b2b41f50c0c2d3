package org.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@code paperscope eval search}: one row per evaluation and query variant, rendered
 * as one Markdown table or as JSON, numbers rounded to 4 decimals (exact binary value, half-even,
 * like {@link EvalResult}). Immutable and thread-safe.
 *
 * @param rows in the order they were evaluated
 */
public record SearchQualityReport(List<Row> rows) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public SearchQualityReport {
    rows = List.copyOf(rows);
  }

  /** The metrics a row may have; the table has one column per metric. */
  public enum Metric {
    SUCCESS_AT_1("success@1"),
    MRR_AT_10("MRR@10"),
    PRECISION_AT_10("P@10"),
    NDCG_AT_10("nDCG@10");

    private final String label;

    Metric(String label) {
      this.label = label;
    }

    /** The column header, e.g. {@code MRR@10}; its lower case is the JSON key. */
    public String label() {
      return label;
    }
  }

  /** Counts a row may carry besides its metrics, shown in the notes column. */
  public enum Count {
    /** Known-item papers to sample from: unique normalised title of two words or more. */
    ELIGIBLE("eligible", "eligible papers"),
    /** Five-word queries that start more than one paper's normalised title. */
    AMBIGUOUS("ambiguous", "ambiguous"),
    /** Queries that returned fewer than 10 hits. */
    FEW_HITS("fewerThan10Hits", "with < 10 hits");

    private final String jsonKey;
    private final String phrase;

    Count(String jsonKey, String phrase) {
      this.jsonKey = jsonKey;
      this.phrase = phrase;
    }
  }

  /**
   * One evaluation of one query variant.
   *
   * @param evaluation e.g. {@code known-item}
   * @param variant how the queries were formed, e.g. {@code title as typed}
   * @param queries number of queries the metrics are means over (refused ones included)
   * @param refused queries PaperScope refused as malformed; each scores 0
   * @param metrics the row's metrics, each a mean over {@code queries}
   * @param counts further counts for the notes column
   * @param examples up to a few failures, one line each, for tuning
   */
  public record Row(
      String evaluation,
      String variant,
      int queries,
      int refused,
      Map<Metric, Double> metrics,
      Map<Count, Integer> counts,
      List<String> examples) {
    public Row {
      metrics = Map.copyOf(metrics);
      counts = Map.copyOf(counts);
      examples = List.copyOf(examples);
    }
  }

  /** One Markdown table with a column per {@link Metric}; "—" where a row lacks one. */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("| evaluation | variant | queries | refused |");
    StringBuilder rule = new StringBuilder("|---|---|---:|---:|");
    for (Metric metric : Metric.values()) {
      out.append(' ').append(metric.label()).append(" |");
      rule.append("---:|");
    }
    out.append(" notes |\n").append(rule).append("---|\n");
    for (Row row : rows) {
      out.append(
          "| %s | %s | %d | %d |"
              .formatted(row.evaluation(), row.variant(), row.queries(), row.refused()));
      for (Metric metric : Metric.values()) {
        Double value = row.metrics().get(metric);
        out.append(' ').append(value == null ? "—" : rounded(value).toPlainString()).append(" |");
      }
      out.append(' ').append(notes(row)).append(" |\n");
    }
    return out.toString();
  }

  /** Compact JSON: {@code {"rows":[{"evaluation":…,"variant":…,"queries":…,"refused":…,…}]}}. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("rows");
    for (Row row : rows) {
      ObjectNode node = array.addObject();
      node.put("evaluation", row.evaluation());
      node.put("variant", row.variant());
      node.put("queries", row.queries());
      node.put("refused", row.refused());
      for (Metric metric : Metric.values()) {
        if (row.metrics().containsKey(metric)) {
          node.put(metric.label().toLowerCase(Locale.ROOT), rounded(row.metrics().get(metric)));
        }
      }
      for (Count count : Count.values()) {
        if (row.counts().containsKey(count)) {
          node.put(count.jsonKey, row.counts().get(count));
        }
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree of strings and numbers", e);
    }
  }

  /** Each row's examples under an "evaluation / variant:" line, rows without examples left out. */
  public String examplesText() {
    StringBuilder out = new StringBuilder();
    for (Row row : rows) {
      if (!row.examples().isEmpty()) {
        out.append(row.evaluation()).append(" / ").append(row.variant()).append(":\n");
        row.examples().forEach(line -> out.append("  ").append(line).append('\n'));
      }
    }
    return out.toString();
  }

  private static String notes(Row row) {
    List<String> parts = new ArrayList<>();
    for (Count count : Count.values()) {
      if (row.counts().containsKey(count)) {
        parts.add(row.counts().get(count) + " " + count.phrase);
      }
    }
    return String.join("; ", parts);
  }

  private static BigDecimal rounded(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN);
  }
}
