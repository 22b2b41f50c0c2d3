package org.paperscope.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an enrichment run did, per enrichment.
 *
 * @param tallies one per enrichment run, in run order
 */
public record EnrichmentReport(List<Tally> tallies) {
  /** Failures listed per enrichment in the text form; the counts are always complete. */
  static final int LISTED_FAILURES = 10;

  public EnrichmentReport {
    tallies = List.copyOf(tallies);
  }

  /**
   * One enrichment's counts.
   *
   * @param pending papers that lacked it when the run began
   * @param computed results computed in this run
   * @param found results already stored (a run that died before committing computed them)
   * @param notApplicable papers it does not apply to (no PDF for full text)
   * @param failed papers it could not handle
   * @param failures the first {@link #LISTED_FAILURES} failures as {@code id: reason}
   */
  public record Tally(
      String name,
      int pending,
      int computed,
      int found,
      int notApplicable,
      int failed,
      List<String> failures) {
    public Tally {
      failures = List.copyOf(failures);
    }
  }

  /** Total papers that were pending, over every enrichment. */
  public int pending() {
    return tallies.stream().mapToInt(Tally::pending).sum();
  }

  /** Total papers that failed, over every enrichment. */
  public int failed() {
    return tallies.stream().mapToInt(Tally::failed).sum();
  }

  /** A few lines for a terminal. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (Tally tally : tallies) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s: %,d pending, %,d computed, %,d already stored, %,d not applicable, %,d failed%n",
              tally.name(),
              tally.pending(),
              tally.computed(),
              tally.found(),
              tally.notApplicable(),
              tally.failed()));
      for (String failure : tally.failures()) {
        out.append("  failed ").append(failure).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /** The report as JSON-ready maps. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    for (Tally tally : tallies) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("pending", tally.pending());
      one.put("computed", tally.computed());
      one.put("found", tally.found());
      one.put("notApplicable", tally.notApplicable());
      one.put("failed", tally.failed());
      one.put("failures", tally.failures());
      json.put(tally.name(), one);
    }
    return json;
  }

  /** Counts outcomes as a run goes; used by one thread. */
  static final class Counter {
    private final String name;
    private int computed;
    private int found;
    private int notApplicable;
    private int failed;
    private final List<String> failures = new ArrayList<>();

    Counter(String name) {
      this.name = name;
    }

    void count(EnrichmentRun.Outcome outcome) {
      switch (outcome.kind()) {
        case COMPUTED -> computed++;
        case FOUND -> found++;
        case NOT_APPLICABLE -> notApplicable++;
        case FAILED -> {
          failed++;
          if (failures.size() < LISTED_FAILURES) {
            failures.add(outcome.id() + ": " + outcome.reason());
          }
        }
      }
    }

    Tally tally(int pending) {
      return new Tally(name, pending, computed, found, notApplicable, failed, failures);
    }
  }
}
