package org.paperscope.summaries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.store.RowIds;
import org.paperscope.store.Store;

/**
 * Community summaries in the store: writing, editing with conflict detection, revisions, reading
 * with each reader's view (drafts and hidden summaries only for those who may see them). Every
 * change to what the public sees queues the paper for the search index.
 *
 * <p>Thread-safe.
 */
public final class Summaries {
  private final Store store;
  private final Clock clock;

  public Summaries(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Writes a new summary of {@code paperId} (the caller checks that the paper exists).
   *
   * @throws SummaryException when the author may not write or the input is invalid
   */
  public Summary create(String paperId, User author, SummaryInput input) throws SummaryException {
    if (!author.may(Role.WRITER)) {
      throw SummaryException.forbidden(
          "summary.error.not-writer", "readers cannot write summaries; ask a moderator");
    }
    SummaryInput in = input.checked();
    String id = RowIds.newId();
    long now = clock.millis();
    store.write(
        c -> {
          insert(c, id, paperId, author.id(), author.name(), in, 0, now);
          addRevision(c, id, 1, in, author.name(), now);
          if (!in.draft()) {
            SummaryRows.queue(c, paperId, now);
          }
          return null;
        });
    return get(id, author).orElseThrow();
  }

  /**
   * Adds a summary from another system ({@code summaries import}): its author is a display name,
   * not an account, and its votes are kept as a number.
   */
  public Summary importSummary(
      String paperId, String authorName, SummaryInput input, Instant created, int votes)
      throws SummaryException {
    SummaryInput in = input.checked();
    String id = RowIds.newId();
    long when = created == null ? clock.millis() : created.toEpochMilli();
    store.write(
        c -> {
          insert(c, id, paperId, null, authorName, in, Math.max(0, votes), when);
          addRevision(c, id, 1, in, authorName, when);
          SummaryRows.queue(c, paperId, clock.millis());
          return null;
        });
    return store.read(c -> SummaryRows.byId(c, id)).orElseThrow();
  }

  /**
   * Saves an edit by the summary's author. {@code baseVersion} is the version the edit started
   * from: when someone saved another since, nothing is written and the conflict says what is there
   * now.
   *
   * @throws SummaryException not found, not the author's, invalid input, or a conflict
   */
  public Summary update(String id, User editor, int baseVersion, SummaryInput input)
      throws SummaryException {
    SummaryInput in = input.checked();
    Summary before = editable(id, editor);
    long now = clock.millis();
    int saved =
        store.write(
            c -> {
              int rows =
                  SummaryRows.update(
                      c,
                      "UPDATE summaries SET markdown = ?, language = ?, draft = ?, version = ?,"
                          + " updated_millis = ? WHERE id = ? AND version = ?",
                      in.markdown(),
                      in.language(),
                      in.draft() ? 1 : 0,
                      baseVersion + 1,
                      now,
                      id,
                      baseVersion);
              if (rows == 1) {
                addRevision(c, id, baseVersion + 1, in, editor.name(), now);
                SummaryRows.queue(c, before.paperId(), now);
              }
              return rows;
            });
    if (saved == 0) {
      Summary current = store.read(c -> SummaryRows.byId(c, id)).orElseThrow(() -> notFound(id));
      throw SummaryException.conflict(current);
    }
    return get(id, editor).orElseThrow();
  }

  /**
   * Deletes a summary with its revisions and votes: its author or a moderator may.
   *
   * @throws SummaryException not found or not allowed
   */
  public void delete(String id, User user) throws SummaryException {
    Summary summary = get(id, user).orElseThrow(() -> SummaryException.notFound(id));
    boolean own = user.id().equals(summary.userId());
    if (!own && !user.may(Role.MODERATOR)) {
      throw SummaryException.forbidden(
          "summary.error.not-yours", "only its author or a moderator may delete a summary");
    }
    store.write(
        c -> {
          SummaryRows.update(c, "DELETE FROM summaries WHERE id = ?", id);
          SummaryRows.queue(c, summary.paperId(), clock.millis());
          return null;
        });
  }

  /** The summary as {@code viewer} (null: anonymous) may see it, or empty. */
  public Optional<Summary> get(String id, User viewer) {
    return store
        .read(c -> SummaryRows.byId(c, id))
        .filter(summary -> SummaryRows.visible(summary, viewer));
  }

  /** The summaries of a paper that {@code viewer} may see, in {@code order}. */
  public List<Summary> forPaper(String paperId, User viewer, SummaryOrder order) {
    List<Summary> all =
        store.read(
            c ->
                SummaryRows.query(
                    c,
                    SummaryRows.SELECT + "WHERE s.paper_id = ? ORDER BY " + order.sql(),
                    paperId));
    return all.stream().filter(s -> SummaryRows.visible(s, viewer)).toList();
  }

  /** The public summaries of a paper, oldest first: what search indexes. */
  public List<Summary> publicFor(String paperId) {
    return store.read(
        c ->
            SummaryRows.query(
                c,
                SummaryRows.SELECT
                    + "WHERE s.paper_id = ? AND s.draft = 0 AND s.hidden = 0"
                    + " ORDER BY s.created_millis, s.id",
                paperId));
  }

  /** The newest public summaries, newest first (the Atom feed). */
  public List<Summary> recent(int limit) {
    return store.read(
        c ->
            SummaryRows.query(
                c,
                SummaryRows.SELECT
                    + "WHERE s.draft = 0 AND s.hidden = 0 ORDER BY s.created_millis DESC, s.id"
                    + " LIMIT ?",
                limit));
  }

  /** Every public summary, by paper then age (export). */
  public List<Summary> allPublic() {
    return store.read(
        c ->
            SummaryRows.query(
                c,
                SummaryRows.SELECT
                    + "WHERE s.draft = 0 AND s.hidden = 0 ORDER BY s.paper_id, s.created_millis, s.id"));
  }

  /** Whether the paper has a summary by {@code authorName} with exactly this text. */
  public boolean exists(String paperId, String authorName, String markdown) {
    return store.read(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT 1 FROM summaries WHERE paper_id = ? AND author_name = ? AND markdown = ?")) {
            select.setString(1, paperId);
            select.setString(2, authorName);
            select.setString(3, markdown);
            try (ResultSet row = select.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  /**
   * How many public summaries there are in each language, most first (ties by tag): the home page's
   * list of languages.
   */
  public java.util.LinkedHashMap<String, Integer> languageCounts() {
    return store.read(
        c -> {
          java.util.LinkedHashMap<String, Integer> counts = new java.util.LinkedHashMap<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT language, COUNT(*) AS n FROM summaries WHERE draft = 0 AND hidden = 0"
                          + " GROUP BY language ORDER BY n DESC, language");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              counts.put(row.getString(1), row.getInt(2));
            }
          }
          return counts;
        });
  }

  /** The ids of the papers with at least one public summary. */
  public List<String> papersWithSummaries() {
    return store.read(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT DISTINCT paper_id FROM summaries WHERE draft = 0 AND hidden = 0"
                          + " ORDER BY paper_id");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              ids.add(row.getString(1));
            }
          }
          return ids;
        });
  }

  /**
   * A summary's saved versions, newest first.
   *
   * @throws SummaryException when {@code viewer} may not see the summary
   */
  public List<Revision> revisions(String id, User viewer) throws SummaryException {
    get(id, viewer).orElseThrow(() -> SummaryException.notFound(id));
    return store.read(
        c -> {
          List<Revision> out = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT version, markdown, language, editor_name, created_millis FROM revisions"
                      + " WHERE summary_id = ? ORDER BY version DESC")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                out.add(
                    new Revision(
                        row.getInt(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5))));
              }
            }
          }
          return out;
        });
  }

  private Summary editable(String id, User editor) throws SummaryException {
    Summary summary = get(id, editor).orElseThrow(() -> SummaryException.notFound(id));
    if (!editor.id().equals(summary.userId())) {
      throw SummaryException.forbidden(
          "summary.error.not-yours", "only its author may edit a summary");
    }
    return summary;
  }

  private static SummaryException notFound(String id) {
    return SummaryException.notFound(id);
  }

  private static void insert(
      Connection c,
      String id,
      String paperId,
      String userId,
      String authorName,
      SummaryInput in,
      int importedVotes,
      long now)
      throws SQLException {
    SummaryRows.update(
        c,
        "INSERT INTO summaries (id, paper_id, user_id, author_name, language, markdown, draft,"
            + " hidden, version, imported_votes, created_millis, updated_millis)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?, ?)",
        id,
        paperId,
        userId,
        authorName,
        in.language(),
        in.markdown(),
        in.draft() ? 1 : 0,
        importedVotes,
        now,
        now);
  }

  private static void addRevision(
      Connection c, String id, int version, SummaryInput in, String editor, long now)
      throws SQLException {
    SummaryRows.update(
        c,
        "INSERT INTO revisions (summary_id, version, markdown, language, editor_name,"
            + " created_millis) VALUES (?, ?, ?, ?, ?, ?)",
        id,
        version,
        in.markdown(),
        in.language(),
        editor,
        now);
  }
}
