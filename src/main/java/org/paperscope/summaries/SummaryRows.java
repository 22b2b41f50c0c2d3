package org.paperscope.summaries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;

/** The SQL shared by the summary classes: reading rows, visibility, the index queue. */
final class SummaryRows {
  /** Every column of {@link Summary}, votes counted; append a WHERE clause. */
  static final String SELECT =
      "SELECT s.id, s.paper_id, s.user_id, s.author_name, s.language, s.markdown, s.draft,"
          + " s.hidden, s.version,"
          + " s.imported_votes + (SELECT COUNT(*) FROM votes v WHERE v.summary_id = s.id) AS votes,"
          + " s.created_millis, s.updated_millis FROM summaries s ";

  private SummaryRows() {}

  /** Runs {@code sql} (a {@link #SELECT} with a WHERE) with string parameters. */
  static List<Summary> query(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, parameters);
      List<Summary> out = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          out.add(summary(row));
        }
      }
      return out;
    }
  }

  static Optional<Summary> byId(Connection c, String id) throws SQLException {
    return query(c, SELECT + "WHERE s.id = ?", id).stream().findFirst();
  }

  static Summary summary(ResultSet row) throws SQLException {
    return new Summary(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getInt(7) != 0,
        row.getInt(8) != 0,
        row.getInt(9),
        row.getInt(10),
        Instant.ofEpochMilli(row.getLong(11)),
        Instant.ofEpochMilli(row.getLong(12)));
  }

  /**
   * Whether {@code viewer} (null: anonymous) may see the summary: everyone sees public ones, the
   * author sees its drafts and hidden ones, moderators see hidden ones.
   */
  static boolean visible(Summary summary, User viewer) {
    if (summary.isPublic()) {
      return true;
    }
    if (viewer == null) {
      return false;
    }
    if (viewer.id().equals(summary.userId())) {
      return true;
    }
    return !summary.draft() && viewer.may(Role.MODERATOR);
  }

  /** Records that the paper's public summaries changed, for the search index to take up. */
  static void queue(Connection c, String paperId, long nowMillis) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO index_queue (paper_id, changed_millis) VALUES (?, ?)"
                + " ON CONFLICT (paper_id) DO UPDATE SET changed_millis = excluded.changed_millis")) {
      upsert.setString(1, paperId);
      upsert.setLong(2, nowMillis);
      upsert.executeUpdate();
    }
  }

  /** Binds parameters in order; a null is an SQL NULL of type VARCHAR (PostgreSQL asks a type). */
  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        statement.setNull(i + 1, Types.VARCHAR);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
  }

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }
}
