package org.paperscope.summaries;

import java.util.Locale;

/** How a paper's summaries are listed. */
public enum SummaryOrder {
  /** Most votes first, then newest. */
  VOTES("votes DESC, s.created_millis DESC, s.id"),
  /** Newest first. */
  DATE("s.created_millis DESC, s.id");

  private final String sql;

  SummaryOrder(String sql) {
    this.sql = sql;
  }

  /** The SQL ORDER BY list. */
  String sql() {
    return sql;
  }

  /** The lower-case name used in URLs ({@code ?sort=votes}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The order named {@code key}, or {@link #VOTES} for null or an unknown name. */
  public static SummaryOrder of(String key) {
    return key != null && key.equalsIgnoreCase("date") ? DATE : VOTES;
  }
}
