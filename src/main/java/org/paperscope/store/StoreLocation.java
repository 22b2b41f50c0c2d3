package org.paperscope.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the store lives, from {@code --db}: nothing (the SQLite file of the data directory), a
 * SQLite path ({@code sqlite:/path/file.db}), or a PostgreSQL URL ({@code
 * postgresql://user:password@host:5432/name} or the JDBC form {@code jdbc:postgresql://…}).
 *
 * @param kind the engine
 * @param jdbcUrl the JDBC URL, without credentials
 * @param user the user name, or {@code null} when the URL or the server decides
 * @param password the password, or {@code null}
 * @param shown the location as printed in messages: never the password
 */
public record StoreLocation(
    StoreKind kind, String jdbcUrl, String user, String password, String shown) {

  /** The SQLite file, or {@code null} for PostgreSQL. */
  public Path sqliteFile() {
    return kind == StoreKind.SQLITE ? Path.of(jdbcUrl.substring("jdbc:sqlite:".length())) : null;
  }

  /**
   * Whether the store may hold anything: a PostgreSQL server always, a SQLite file once it exists.
   * Lets indexing leave a data directory without user content as it is.
   */
  public boolean mayExist() {
    return kind != StoreKind.SQLITE || java.nio.file.Files.exists(sqliteFile());
  }

  /** The SQLite file at {@code file}. */
  public static StoreLocation sqlite(Path file) {
    Path absolute = file.toAbsolutePath();
    return new StoreLocation(
        StoreKind.SQLITE, "jdbc:sqlite:" + absolute, null, null, "" + absolute);
  }

  /**
   * The location {@code --db} names, or {@code defaultFile} (SQLite) when it is null or blank.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code db}
   */
  public static StoreLocation parse(String db, Path defaultFile) {
    if (db == null || db.isBlank()) {
      return sqlite(defaultFile);
    }
    String text = db.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(text.substring("jdbc:sqlite:".length())));
    }
    if (lower.startsWith("sqlite:")) {
      return sqlite(Path.of(text.substring("sqlite:".length())));
    }
    if (lower.startsWith("jdbc:postgresql://")) {
      String shown = text.replaceAll("(?i)password=[^&]*", "password=***");
      return new StoreLocation(StoreKind.POSTGRESQL, text, null, null, shown);
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      return postgresql(text);
    }
    throw new IllegalArgumentException(
        "--db must be sqlite:FILE or postgresql://user:password@host:port/database, not '"
            + text
            + "'");
  }

  private static StoreLocation postgresql(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--db is no valid URL: " + e.getMessage(), e);
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new IllegalArgumentException(
          "--db needs a host and a database name: postgresql://user:password@host:port/database");
    }
    String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    String url = "jdbc:postgresql://" + hostPort + uri.getRawPath();
    if (uri.getRawQuery() != null) {
      url += "?" + uri.getRawQuery();
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    String shown = "postgresql://" + (user == null ? "" : user + "@") + hostPort + uri.getRawPath();
    return new StoreLocation(StoreKind.POSTGRESQL, url, user, password, shown);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
