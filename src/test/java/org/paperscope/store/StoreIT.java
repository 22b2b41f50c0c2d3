package org.paperscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreIT {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void migratesAFreshDatabaseToEveryTable(StoreKind kind) {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      for (String table :
          List.of(
              "users", "sessions", "api_tokens", "summaries", "revisions", "votes", "reports")) {
        assertThat(count(test.store(), "SELECT COUNT(*) FROM " + table)).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void reopeningMigratesNothingTwiceAndKeepsRows(StoreKind kind) {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      insertQueued(test.store(), "p1");
      // A second pool over the same database runs Flyway again: nothing to do, rows kept.
      try (Store again =
          Store.open(
              test.store().location().kind() == StoreKind.SQLITE
                  ? StoreLocation.sqlite(dir.resolve("paperscope.db"))
                  : test.store().location())) {
        assertThat(count(again, "SELECT COUNT(*) FROM index_queue")).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aFailedWriteLeavesNothingBehind(StoreKind kind) {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      assertThatThrownBy(
              () ->
                  test.store()
                      .write(
                          c -> {
                            queue(c, "p1");
                            throw new SQLException("boom");
                          }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("boom");
      assertThat(count(test.store(), "SELECT COUNT(*) FROM index_queue")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void concurrentWritersAllCommit(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "p" + i;
        done.add(pool.submit(() -> insertQueued(test.store(), id)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertThat(count(test.store(), "SELECT COUNT(*) FROM index_queue")).isEqualTo(40);
    }
  }

  @Test
  void sqliteRunsInWalModeWithForeignKeys() {
    try (TestStores.TestStore test = TestStores.open(StoreKind.SQLITE, dir)) {
      String mode =
          test.store()
              .read(
                  c -> {
                    try (ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                      r.next();
                      return r.getString(1);
                    }
                  });
      assertThat(mode).isEqualToIgnoringCase("wal");
      assertThat(count(test.store(), "PRAGMA foreign_keys")).isEqualTo(1);
    }
  }

  @Test
  void backupIsAConsistentCopyTakenWhileWriting() throws Exception {
    try (TestStores.TestStore test = TestStores.open(StoreKind.SQLITE, dir)) {
      for (int i = 0; i < 100; i++) {
        insertQueued(test.store(), "before" + i);
      }
      Thread writer =
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < 200; i++) {
                      insertQueued(test.store(), "during" + i);
                    }
                  });
      Path copy = dir.resolve("backups/copy.db");
      test.store().backup(copy);
      writer.join();
      try (Store restored = Store.open(StoreLocation.sqlite(copy))) {
        long rows = count(restored, "SELECT COUNT(*) FROM index_queue");
        assertThat(rows).isBetween(100L, 300L);
        assertThat(
                count(restored, "SELECT COUNT(*) FROM index_queue WHERE paper_id LIKE 'before%'"))
            .isEqualTo(100);
      }
      assertThatThrownBy(() -> test.store().backup(copy)).hasMessageContaining("exists");
    }
  }

  @Test
  void backupOfPostgresqlSaysToUsePgDump() {
    try (TestStores.TestStore test = TestStores.open(StoreKind.POSTGRESQL, dir)) {
      assertThatThrownBy(() -> test.store().backup(dir.resolve("x.db")))
          .hasMessageContaining("pg_dump");
      assertThat(Files.exists(dir.resolve("x.db"))).isFalse();
    }
  }

  @Test
  void anUnreachableServerIsNamedInTheError() {
    StoreLocation nowhere =
        StoreLocation.parse("postgresql://nobody:secret@127.0.0.1:1/none", dir.resolve("x"));
    assertThatThrownBy(() -> Store.open(nowhere))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("postgresql://nobody@127.0.0.1:1/none")
        .hasMessageNotContaining("secret");
  }

  static void insertQueued(Store store, String paperId) {
    store.write(
        c -> {
          queue(c, paperId);
          return null;
        });
  }

  private static void queue(java.sql.Connection c, String paperId) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO index_queue (paper_id, changed_millis) VALUES (?, 1)")) {
      insert.setString(1, paperId);
      insert.executeUpdate();
    }
  }

  static long count(Store store, String sql) {
    return store.read(
        c -> {
          try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
          }
        });
  }
}
