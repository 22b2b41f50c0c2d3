package org.paperscope.paper;

import java.util.Locale;

/**
 * What a review decision says about a submission: accepted to the main conference, to a workshop
 * track, rejected, withdrawn, or not (yet) decided. Decisions are free text in the sources ("Accept
 * (Oral)", "Poster", "Invite to Workshop Track", "Desk Reject", "Withdraw", "Active"), so the class
 * is read from words in them.
 */
public enum ReviewOutcome {
  /** Posters, orals, spotlights and talks, "Accept (…)". */
  ACCEPTED("accepted"),
  /** Accepted to or invited to a workshop track, not the main conference. */
  WORKSHOP(null),
  /** Rejected, desk-rejected. */
  REJECTED("rejected"),
  /** Withdrawn by the authors. */
  WITHDRAWN("withdrawn"),
  /** No decision, a pending one ("Submitted", "Active", "Under review") or one not recognised. */
  UNDECIDED(null);

  private final String searchKey;

  ReviewOutcome(String searchKey) {
    this.searchKey = searchKey;
  }

  /** The outcome a decision states; {@link #UNDECIDED} for {@code null}. */
  public static ReviewOutcome of(String decision) {
    if (decision == null) {
      return UNDECIDED;
    }
    String key = TextKeys.withoutAccents(decision).toLowerCase(Locale.ROOT);
    if (key.contains("withdr")) {
      return WITHDRAWN;
    }
    if (key.contains("reject")) {
      return REJECTED;
    }
    if (key.contains("workshop")) {
      return WORKSHOP;
    }
    boolean accepted =
        key.contains("accept")
            || key.contains("poster")
            || key.contains("oral")
            || key.contains("spotlight")
            || key.contains("talk");
    return accepted ? ACCEPTED : UNDECIDED;
  }

  /**
   * The value {@code decision:} searches find this outcome by ({@code accepted}, {@code rejected},
   * {@code withdrawn}), or null for workshop and undecided outcomes, which have none.
   */
  public String searchKey() {
    return searchKey;
  }

  /** Whether the paper appears in the venue's proceedings (main conference or workshop track). */
  public boolean published() {
    return this == ACCEPTED || this == WORKSHOP;
  }
}
