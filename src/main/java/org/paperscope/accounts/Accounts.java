package org.paperscope.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paperscope.store.RowIds;
import org.paperscope.store.Store;

/**
 * Accounts, logins and API tokens, kept in the store. Secrets (session cookies, API tokens) are
 * stored as their SHA-256 only, passwords as Argon2id hashes ({@link Passwords}).
 *
 * <p>Thread-safe.
 */
public final class Accounts {
  /** How long a login lasts. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  /** Shortest password accepted (NIST SP 800-63B asks for at least 8). */
  public static final int MIN_PASSWORD_CHARS = 10;

  private static final int MAX_PASSWORD_CHARS = 200;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,31}");

  /** API tokens start with this, so a leaked one is recognisable (and greppable) as ours. */
  private static final String TOKEN_PREFIX = "ps_";

  /** Verified when a login names no account, so both failures take the same time. */
  private static final String DUMMY_HASH = Passwords.hash("no such account, no such password");

  private final Store store;
  private final Clock clock;

  public Accounts(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Creates an account that may write summaries and logs it in.
   *
   * @throws AccountException for a name that is invalid or taken, or a password too short or long
   */
  public Session register(String name, String password) throws AccountException {
    User user = add(name, password, Role.WRITER);
    return startSession(user);
  }

  /**
   * Creates an account with the given role ({@code paperscope users add}).
   *
   * @throws AccountException for a name that is invalid or taken, or a password too short or long
   */
  public User add(String name, String password, Role role) throws AccountException {
    String cleanName = checkName(name);
    checkPassword(password);
    String hash = Passwords.hash(password);
    User user = new User(RowIds.newId(), cleanName, role, null);
    boolean added =
        store.write(
            c -> {
              if (find(c, cleanName).isPresent()) {
                return false;
              }
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO users (id, name, name_key, password_hash, role, language,"
                          + " created_millis) VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
                insert.setString(1, user.id());
                insert.setString(2, cleanName);
                insert.setString(3, key(cleanName));
                insert.setString(4, hash);
                insert.setString(5, role.key());
                insert.setLong(6, clock.millis());
                insert.executeUpdate();
              }
              return true;
            });
    if (!added) {
      throw new AccountException(
          "name", "account.error.name-taken", "the name '" + cleanName + "' is taken");
    }
    return user;
  }

  /**
   * Logs in.
   *
   * @throws AccountException when the name or the password is wrong (one message for both)
   */
  public Session login(String name, String password) throws AccountException {
    Optional<Credentials> found =
        name == null ? Optional.empty() : store.read(c -> credentials(c, name.strip()));
    String hash = found.map(Credentials::hash).orElse(DUMMY_HASH);
    boolean ok = password != null && Passwords.verify(password, hash);
    if (found.isEmpty() || !ok) {
      throw new AccountException(null, "account.error.login-failed", "wrong name or password");
    }
    return startSession(found.get().user());
  }

  /** Ends the login whose cookie carries {@code token}; nothing for an unknown token. */
  public void logout(String token) {
    store.write(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            delete.setString(1, sha256(token));
            return delete.executeUpdate();
          }
        });
  }

  /** The live login whose cookie carries {@code token}, or empty (unknown or expired). */
  public Optional<Session> session(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return store.read(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT s.csrf, u.id, u.name, u.role, u.language FROM sessions s"
                      + " JOIN users u ON u.id = s.user_id"
                      + " WHERE s.token_hash = ? AND s.expires_millis > ?")) {
            select.setString(1, sha256(token));
            select.setLong(2, clock.millis());
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(new Session(token, row.getString(1), user(row, 2)))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * A new API token for the account (shown once: only its hash is kept).
   *
   * @param label what the token is for, as the owner named it
   */
  public String createApiToken(String userId, String label) {
    String token = TOKEN_PREFIX + RowIds.token(24);
    store.write(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO api_tokens (token_hash, user_id, label, created_millis)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, sha256(token));
            insert.setString(2, userId);
            insert.setString(3, label == null || label.isBlank() ? "token" : label.strip());
            insert.setLong(4, clock.millis());
            return insert.executeUpdate();
          }
        });
    return token;
  }

  /** The account an API token belongs to, or empty for an unknown token. */
  public Optional<User> apiTokenUser(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return store.read(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT u.id, u.name, u.role, u.language FROM api_tokens t"
                      + " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?")) {
            select.setString(1, sha256(token));
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(user(row, 1)) : Optional.<User>empty();
            }
          }
        });
  }

  /** The account with this name (any case), or empty. */
  public Optional<User> byName(String name) {
    return store.read(c -> find(c, name.strip()));
  }

  /** Every account, by name. */
  public List<User> list() {
    return store.read(
        c -> {
          List<User> users = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT id, name, role, language FROM users ORDER BY name_key");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              users.add(user(row, 1));
            }
          }
          return users;
        });
  }

  /**
   * Changes an account's role.
   *
   * @throws AccountException when no account has this name
   */
  public User setRole(String name, Role role) throws AccountException {
    User user =
        byName(name)
            .orElseThrow(
                () ->
                    new AccountException(
                        "name", "account.error.no-such-user", "no account named '" + name + "'"));
    store.write(c -> update(c, "UPDATE users SET role = ? WHERE id = ?", role.key(), user.id()));
    return new User(user.id(), user.name(), role, user.language());
  }

  /** Remembers the account's interface language (BCP 47), or forgets it for {@code null}. */
  public void setLanguage(String userId, String language) {
    store.write(c -> update(c, "UPDATE users SET language = ? WHERE id = ?", language, userId));
  }

  private Session startSession(User user) {
    Session session = new Session(RowIds.token(32), RowIds.token(24), user);
    long now = clock.millis();
    store.write(
        c -> {
          try (PreparedStatement clean =
              c.prepareStatement("DELETE FROM sessions WHERE expires_millis <= ?")) {
            clean.setLong(1, now);
            clean.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO sessions (token_hash, user_id, csrf, created_millis,"
                      + " expires_millis) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256(session.token()));
            insert.setString(2, user.id());
            insert.setString(3, session.csrf());
            insert.setLong(4, now);
            insert.setLong(5, now + SESSION_LIFETIME.toMillis());
            return insert.executeUpdate();
          }
        });
    return session;
  }

  private static int update(Connection c, String sql, String first, String second)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, first);
      statement.setString(2, second);
      return statement.executeUpdate();
    }
  }

  private record Credentials(User user, String hash) {}

  private static Optional<Credentials> credentials(Connection c, String name) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, name, role, language, password_hash FROM users WHERE name_key = ?")) {
      select.setString(1, key(name));
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Credentials(user(row, 1), row.getString(5)))
            : Optional.empty();
      }
    }
  }

  private static Optional<User> find(Connection c, String name) throws SQLException {
    return credentials(c, name).map(Credentials::user);
  }

  /** The user in columns id, name, role, language starting at {@code first}. */
  private static User user(ResultSet row, int first) throws SQLException {
    return new User(
        row.getString(first),
        row.getString(first + 1),
        Role.of(row.getString(first + 2)),
        row.getString(first + 3));
  }

  private static String checkName(String name) throws AccountException {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      throw new AccountException(
          "name",
          "account.error.bad-name",
          "a name has 2 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return clean;
  }

  private static void checkPassword(String password) throws AccountException {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_CHARS || length > MAX_PASSWORD_CHARS) {
      throw new AccountException(
          "password",
          "account.error.bad-password",
          "a password has " + MIN_PASSWORD_CHARS + " to " + MAX_PASSWORD_CHARS + " characters");
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The hex SHA-256 of a secret: what the store keeps instead of it. */
  static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
