package org.paperscope.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fresh, empty stores for tests on both engines: SQLite in a temporary directory, and a new
 * database on the PostgreSQL server that {@code bin/test} starts ({@code
 * PAPERSCOPE_TEST_POSTGRES}), dropped when the store is closed. Without that server a PostgreSQL
 * test fails, saying how to get one; it is never skipped.
 */
public final class TestStores {
  /** The environment variable naming the PostgreSQL server for tests. */
  public static final String POSTGRES_VARIABLE = "PAPERSCOPE_TEST_POSTGRES";

  private TestStores() {}

  /** A store of {@code kind} that nothing else uses; close it at the end of the test. */
  public static TestStore open(StoreKind kind, Path tempDir) {
    if (kind == StoreKind.SQLITE) {
      Store store = Store.open(StoreLocation.sqlite(tempDir.resolve("paperscope.db")));
      return new TestStore(store, null, null);
    }
    StoreLocation server = serverLocation();
    String name = "ps_test_" + RowIds.newId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
    admin(server, "CREATE DATABASE " + name);
    String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    StoreLocation location =
        new StoreLocation(StoreKind.POSTGRESQL, url, server.user(), server.password(), name);
    return new TestStore(Store.open(location), server, name);
  }

  /** The PostgreSQL server of the test run. */
  public static StoreLocation serverLocation() {
    String url = System.getenv(POSTGRES_VARIABLE);
    if (url == null || url.isBlank()) {
      fail(
          POSTGRES_VARIABLE
              + " is not set: run the tests with bin/test, which starts a PostgreSQL server,"
              + " or set it to postgresql://user@host:port/database");
    }
    return StoreLocation.parse(url, Path.of("unused"));
  }

  private static void admin(StoreLocation server, String sql) {
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + server.shown(), e);
    }
  }

  /** A store and, for PostgreSQL, the database to drop when it is closed. */
  public record TestStore(Store store, StoreLocation server, String database)
      implements AutoCloseable {
    @Override
    public void close() {
      store.close();
      if (database != null) {
        admin(server, "DROP DATABASE IF EXISTS " + database);
      }
    }
  }
}
