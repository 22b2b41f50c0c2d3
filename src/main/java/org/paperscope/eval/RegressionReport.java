package org.paperscope.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The outcome of one regression config: each pinned metric beside its measured value, rendered as a
 * Markdown table. Numbers are rounded to 4 decimals (exact binary value, half-even, like {@link
 * EvalResult}); counts pinned with a whole tolerance are shown whole. Immutable and thread-safe.
 *
 * @param config the config that was run
 * @param lines one per pinned metric, in the config's order
 */
public record RegressionReport(RegressionConfig config, List<Line> lines) {
  public RegressionReport {
    lines = List.copyOf(lines);
  }

  /** A pinned metric and the value measured for it. */
  public record Line(ExpectedMetric metric, double actual) {
    /** Whether the measured value is within the metric's tolerance. */
    public boolean ok() {
      return metric.accepts(actual);
    }
  }

  /**
   * Pairs each pinned metric of {@code config} with its value in {@code measured}.
   *
   * @throws IllegalArgumentException when {@code measured} lacks a pinned metric (a bug: configs
   *     are checked against {@link Regression#metricNames} when read)
   */
  public static RegressionReport of(RegressionConfig config, Map<String, Double> measured) {
    List<Line> lines = new ArrayList<>();
    for (ExpectedMetric metric : config.metrics()) {
      Double actual = measured.get(metric.name());
      if (actual == null) {
        throw new IllegalArgumentException(
            config.regression().name() + " measured no metric \"" + metric.name() + "\"");
      }
      lines.add(new Line(metric, actual));
    }
    return new RegressionReport(config, lines);
  }

  /** Whether every metric is within its tolerance. */
  public boolean passed() {
    return lines.stream().allMatch(Line::ok);
  }

  /** The metrics outside their tolerance, in the config's order. */
  public List<Line> failures() {
    return lines.stream().filter(line -> !line.ok()).toList();
  }

  /**
   * A heading with the config's name and description, then one table row per metric: metric,
   * published anchor (a column only when some metric has one; "—" where one lacks it), expected ±
   * tolerance, actual, ok.
   */
  public String toMarkdown() {
    boolean anchors = lines.stream().anyMatch(line -> line.metric().published().isPresent());
    StringBuilder out = new StringBuilder();
    out.append("### ").append(config.name()).append("\n\n");
    out.append(config.description().strip()).append("\n\n");
    out.append(anchors ? "| metric | published |" : "| metric |");
    out.append(" expected | actual | ok |\n");
    out.append(anchors ? "|---|---:|" : "|---|").append("---:|---:|---|\n");
    for (Line line : lines) {
      out.append("| ").append(line.metric().name().replace("|", "\\|")).append(" |");
      if (anchors) {
        OptionalDouble published = line.metric().published();
        out.append(' ')
            .append(published.isPresent() ? number(published.getAsDouble(), false) : "—");
        out.append(" |");
      }
      out.append(cells(line)).append('\n');
    }
    return out.toString();
  }

  /** The expected ± tolerance, actual and ok cells of a row, each after a space, each closed. */
  private static String cells(Line line) {
    ExpectedMetric metric = line.metric();
    boolean whole = isWhole(metric.expected()) && isWhole(metric.tolerance());
    return " %s ± %s | %s | %s |"
        .formatted(
            number(metric.expected(), whole),
            BigDecimal.valueOf(metric.tolerance()).stripTrailingZeros().toPlainString(),
            number(line.actual(), whole && isWhole(line.actual())),
            line.ok() ? "yes" : "**no**");
  }

  private static boolean isWhole(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value);
  }

  private static String number(double value, boolean whole) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value).setScale(whole ? 0 : 4, RoundingMode.HALF_EVEN).toPlainString();
  }
}
