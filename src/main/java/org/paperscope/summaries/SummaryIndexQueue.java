package org.paperscope.summaries;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.store.Store;

/**
 * The papers whose public summaries changed since the search index took them up. The indexer reads
 * a batch ({@link #pending}), rewrites those papers' documents, commits, then removes them ({@link
 * #done}) unless they changed again meanwhile: a crash between commit and removal only rewrites
 * them once more.
 *
 * <p>Thread-safe.
 */
public final class SummaryIndexQueue {
  private final Store store;

  public SummaryIndexQueue(Store store) {
    this.store = store;
  }

  /**
   * A paper waiting for the index.
   *
   * @param paperId the paper
   * @param changedMillis when its summaries last changed
   */
  public record Pending(String paperId, long changedMillis) {}

  /** Up to {@code limit} waiting papers, those waiting longest first. */
  public List<Pending> pending(int limit) {
    return store.read(
        c -> {
          List<Pending> out = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT paper_id, changed_millis FROM index_queue"
                      + " ORDER BY changed_millis, paper_id LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                out.add(new Pending(row.getString(1), row.getLong(2)));
              }
            }
          }
          return out;
        });
  }

  /** Removes the papers taken up, those that have not changed again since they were read. */
  public void done(List<Pending> taken) {
    store.write(
        c -> {
          for (Pending p : taken) {
            SummaryRows.update(
                c,
                "DELETE FROM index_queue WHERE paper_id = ? AND changed_millis = ?",
                p.paperId(),
                p.changedMillis());
          }
          return null;
        });
  }
}
