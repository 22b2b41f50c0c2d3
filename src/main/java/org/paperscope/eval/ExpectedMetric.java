package org.paperscope.eval;

import java.util.OptionalDouble;

/**
 * One metric a regression config pins: its expected value, how far the measured value may move
 * either way, and optionally the published figure it is compared with. Immutable.
 *
 * @param name the metric as its evaluation names it, e.g. {@code nDCG@10}
 * @param expected the value measured when the config was written
 * @param tolerance allowed distance from {@code expected} either way, zero or more
 * @param published a published anchor shown beside ours (e.g. Anserini's figure), if any
 * @param line 1-based line of the metric in its config, for messages
 */
public record ExpectedMetric(
    String name, double expected, double tolerance, OptionalDouble published, int line) {

  /**
   * Whether {@code actual} is within the tolerance of the expected value (inclusive; NaN never is),
   * compared as AssertJ's {@code isCloseTo(expected, within(tolerance))} compares.
   */
  public boolean accepts(double actual) {
    return Math.abs(expected - actual) <= tolerance;
  }
}
