package org.paperscope.summaries;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.store.Store;

/**
 * What readers do with summaries beyond reading: one vote each, reports, and the moderators'
 * hiding. Hiding and restoring queue the paper for the search index.
 *
 * <p>Thread-safe.
 */
public final class SummaryVotes {
  private final Store store;
  private final Summaries summaries;
  private final Clock clock;

  public SummaryVotes(Store store, Summaries summaries, Clock clock) {
    this.store = store;
    this.summaries = summaries;
    this.clock = clock;
  }

  /**
   * A summary with its reports, for the moderators' list.
   *
   * @param summary the summary
   * @param reports how many readers reported it
   * @param reasons their reasons, newest first
   */
  public record Reported(Summary summary, int reports, List<String> reasons) {}

  /**
   * Gives or takes back {@code reader}'s vote; a second vote of the same reader counts once.
   *
   * @return the summary's votes now
   * @throws SummaryException not found, or a vote for one's own summary
   */
  public int vote(String id, User reader, boolean up) throws SummaryException {
    Summary summary = summaries.get(id, reader).orElseThrow(() -> SummaryException.notFound(id));
    if (reader.id().equals(summary.userId())) {
      throw SummaryException.forbidden(
          "summary.error.own-vote", "you cannot vote for your own summary");
    }
    store.write(
        c -> {
          SummaryRows.update(
              c, "DELETE FROM votes WHERE summary_id = ? AND user_id = ?", id, reader.id());
          if (up) {
            SummaryRows.update(
                c,
                "INSERT INTO votes (summary_id, user_id, created_millis) VALUES (?, ?, ?)",
                id,
                reader.id(),
                clock.millis());
          }
          return null;
        });
    return summaries.get(id, reader).map(Summary::votes).orElse(0);
  }

  /** Whether {@code reader} has voted for the summary. */
  public boolean hasVoted(String id, User reader) {
    return reader != null
        && store.read(
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement("SELECT 1 FROM votes WHERE summary_id = ? AND user_id = ?")) {
                select.setString(1, id);
                select.setString(2, reader.id());
                try (ResultSet row = select.executeQuery()) {
                  return row.next();
                }
              }
            });
  }

  /**
   * Reports a summary to the moderators; a reader's second report replaces its first.
   *
   * @throws SummaryException not found
   */
  public void report(String id, User reader, String reason) throws SummaryException {
    summaries.get(id, reader).orElseThrow(() -> SummaryException.notFound(id));
    String why = reason == null || reason.isBlank() ? "(no reason given)" : reason.strip();
    String clipped = why.length() > 1000 ? why.substring(0, 1000) : why;
    store.write(
        c -> {
          SummaryRows.update(
              c, "DELETE FROM reports WHERE summary_id = ? AND user_id = ?", id, reader.id());
          return SummaryRows.update(
              c,
              "INSERT INTO reports (summary_id, user_id, reason, created_millis)"
                  + " VALUES (?, ?, ?, ?)",
              id,
              reader.id(),
              clipped,
              clock.millis());
        });
  }

  /**
   * Hides a summary from readers, or shows it again; hiding clears nothing, so it can be undone.
   *
   * @throws SummaryException not found, or {@code moderator} is none
   */
  public Summary setHidden(String id, User moderator, boolean hidden) throws SummaryException {
    if (!moderator.may(Role.MODERATOR)) {
      throw SummaryException.forbidden(
          "summary.error.not-moderator", "only moderators hide summaries");
    }
    Summary summary = summaries.get(id, moderator).orElseThrow(() -> SummaryException.notFound(id));
    store.write(
        c -> {
          SummaryRows.update(c, "UPDATE summaries SET hidden = ? WHERE id = ?", hidden ? 1 : 0, id);
          if (hidden) {
            SummaryRows.update(c, "DELETE FROM reports WHERE summary_id = ?", id);
          }
          SummaryRows.queue(c, summary.paperId(), clock.millis());
          return null;
        });
    return summaries.get(id, moderator).orElseThrow();
  }

  /** Reported summaries that are not hidden, most reported first (moderators only). */
  public List<Reported> reported(User moderator) throws SummaryException {
    if (!moderator.may(Role.MODERATOR)) {
      throw SummaryException.forbidden(
          "summary.error.not-moderator", "only moderators see reports");
    }
    return store.read(
        c -> {
          List<Reported> out = new ArrayList<>();
          for (Summary s :
              SummaryRows.query(
                  c,
                  SummaryRows.SELECT
                      + "WHERE s.hidden = 0 AND EXISTS (SELECT 1 FROM reports r"
                      + " WHERE r.summary_id = s.id) ORDER BY s.created_millis DESC")) {
            List<String> reasons = new ArrayList<>();
            try (PreparedStatement select =
                c.prepareStatement(
                    "SELECT reason FROM reports WHERE summary_id = ? ORDER BY created_millis DESC")) {
              select.setString(1, s.id());
              try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  reasons.add(row.getString(1));
                }
              }
            }
            out.add(new Reported(s, reasons.size(), reasons));
          }
          out.sort((a, b) -> Integer.compare(b.reports(), a.reports()));
          return out;
        });
  }
}
