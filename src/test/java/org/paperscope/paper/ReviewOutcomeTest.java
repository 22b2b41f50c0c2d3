package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewOutcomeTest {
  /** Every decision the shared ICLR, NeurIPS and ICML files use, and a few more spellings. */
  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "Poster, ACCEPTED, accepted",
        "Oral, ACCEPTED, accepted",
        "Spotlight, ACCEPTED, accepted",
        "Talk, ACCEPTED, accepted",
        "Accept (Poster), ACCEPTED, accepted",
        "Poster Workshop, WORKSHOP, NULL",
        "Invite to Workshop Track, WORKSHOP, NULL",
        "Reject, REJECTED, rejected",
        "Desk Reject, REJECTED, rejected",
        "Withdraw, WITHDRAWN, withdrawn",
        "Withdrawn Submission, WITHDRAWN, withdrawn",
        "Active, UNDECIDED, NULL",
        "Submitted, UNDECIDED, NULL",
        "Pending, UNDECIDED, NULL",
        "NULL, UNDECIDED, NULL"
      })
  void decisionsAreClassified(String decision, ReviewOutcome outcome, String searchKey) {
    assertThat(ReviewOutcome.of(decision)).isEqualTo(outcome);
    assertThat(ReviewOutcome.of(decision).searchKey()).isEqualTo(searchKey);
    assertThat(outcome.published())
        .isEqualTo(outcome == ReviewOutcome.ACCEPTED || outcome == ReviewOutcome.WORKSHOP);
  }
}
