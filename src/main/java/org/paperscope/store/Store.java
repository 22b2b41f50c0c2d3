package org.paperscope.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database of user content: a pool of connections to SQLite or PostgreSQL, migrated to the
 * newest schema when opened. {@link #write} runs its work in one transaction, committed before it
 * returns: what it acknowledged survives a kill -9 (SQLite in WAL mode with full sync; PostgreSQL's
 * own commit).
 *
 * <p>Thread-safe; close it once.
 */
public final class Store implements AutoCloseable {
  /** Flyway's location of the migrations: plain SQL that both engines run. */
  private static final String MIGRATIONS = "classpath:db/store";

  /** How long SQLite waits for another connection's write lock before giving up. */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 15_000;

  private final HikariDataSource pool;
  private final StoreLocation location;

  private Store(HikariDataSource pool, StoreLocation location) {
    this.pool = pool;
    this.location = location;
  }

  /**
   * Opens the store and migrates its schema.
   *
   * @throws StoreException when the database cannot be reached or migrated (the message names it)
   */
  public static Store open(StoreLocation location) {
    HikariDataSource pool;
    try {
      if (location.kind() == StoreKind.SQLITE) {
        Path file = location.sqliteFile();
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
      }
      pool = new HikariDataSource(config(location));
    } catch (IOException | RuntimeException e) {
      throw new StoreException("cannot open the database " + location.shown() + ": " + e, e);
    }
    try {
      Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException("cannot migrate the database " + location.shown(), e);
    }
    return new Store(pool, location);
  }

  private static HikariConfig config(StoreLocation location) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setPoolName("paperscope-store");
    config.setConnectionTimeout(20_000);
    if (location.user() != null) {
      config.setUsername(location.user());
    }
    if (location.password() != null) {
      config.setPassword(location.password());
    }
    if (location.kind() == StoreKind.SQLITE) {
      // WAL lets readers run beside the one writer; FULL syncs the WAL at every commit, so an
      // acknowledged write survives a crash of the machine, not only of the process. IMMEDIATE
      // takes the write lock when a transaction starts, so two writers queue (busy timeout)
      // instead of one failing at once when both upgrade from reading.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.setMaximumPoolSize(4);
    } else {
      config.setMaximumPoolSize(8);
    }
    return config;
  }

  /** Where this store lives, as printed (no password). */
  public StoreLocation location() {
    return location;
  }

  /** The engine. */
  public StoreKind kind() {
    return location.kind();
  }

  /**
   * Runs read-only work on a connection (auto-commit).
   *
   * @throws StoreException when the database fails
   */
  public <T> T read(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("database read failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs work in one transaction, committed before this returns; any exception rolls it back and is
   * rethrown ({@link SQLException}s wrapped in a {@link StoreException}).
   */
  public <T> T write(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a consistent copy of a SQLite store to {@code target} while it keeps serving (SQLite's
   * {@code VACUUM INTO}: one read transaction, so every acknowledged write before it is in).
   *
   * @throws IOException when {@code target} exists, or for PostgreSQL (use {@code pg_dump})
   */
  public void backup(Path target) throws IOException {
    if (kind() != StoreKind.SQLITE) {
      throw new IOException(
          "the store is PostgreSQL (" + location.shown() + "): back it up with pg_dump");
    }
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new IOException(absolute + " exists; name a new file");
    }
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM INTO '" + absolute.toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new IOException("backup to " + absolute + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
