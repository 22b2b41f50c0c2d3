package org.paperscope.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperscope.store.StoreKind;
import org.paperscope.store.TestStores;

class AccountsIT {
  @TempDir Path dir;

  private final SettableClock clock = new SettableClock(1_700_000_000_000L);

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void registerLogsInAsAWriterAndTheSessionFindsTheAccount(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Accounts accounts = new Accounts(test.store(), clock);
      Session session = accounts.register("Ada", "correct horse battery");
      assertThat(session.user().role()).isEqualTo(Role.WRITER);
      assertThat(accounts.session(session.token())).contains(session);
      assertThat(accounts.session("forged")).isEmpty();
      accounts.logout(session.token());
      assertThat(accounts.session(session.token())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void loginChecksThePasswordAndNamesIgnoreCase(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Accounts accounts = new Accounts(test.store(), clock);
      accounts.add("grace", "a long enough password", Role.MODERATOR);
      assertThat(accounts.login("GRACE", "a long enough password").user().role())
          .isEqualTo(Role.MODERATOR);
      assertThatThrownBy(() -> accounts.login("grace", "wrong password!"))
          .isInstanceOf(AccountException.class)
          .hasMessage("wrong name or password");
      assertThatThrownBy(() -> accounts.login("nobody", "a long enough password"))
          .hasMessage("wrong name or password");
      assertThatThrownBy(() -> accounts.add("Grace", "another password", Role.READER))
          .hasMessageContaining("taken");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void passwordsAreStoredAsArgon2idHashesOnly(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      new Accounts(test.store(), clock).add("alan", "turing machine 1936", Role.WRITER);
      String stored =
          test.store()
              .read(
                  c -> {
                    try (var r =
                        c.createStatement().executeQuery("SELECT password_hash FROM users")) {
                      r.next();
                      return r.getString(1);
                    }
                  });
      assertThat(stored).startsWith("$argon2id$").doesNotContain("turing");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void sessionsExpireAfterTheirLifetime(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Accounts accounts = new Accounts(test.store(), clock);
      Session session = accounts.register("ada", "correct horse battery");
      clock.advance(Accounts.SESSION_LIFETIME.toMillis() + 1);
      assertThat(accounts.session(session.token())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void apiTokensIdentifyTheirOwnerAndRolesChange(StoreKind kind) throws Exception {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Accounts accounts = new Accounts(test.store(), clock);
      User ada = accounts.add("ada", "correct horse battery", Role.READER);
      String token = accounts.createApiToken(ada.id(), "my script");
      assertThat(token).startsWith("ps_");
      assertThat(accounts.apiTokenUser(token)).contains(ada);
      assertThat(accounts.apiTokenUser(token + "x")).isEmpty();
      accounts.setRole("ADA", Role.MODERATOR);
      assertThat(accounts.apiTokenUser(token).orElseThrow().role()).isEqualTo(Role.MODERATOR);
      assertThatThrownBy(() -> accounts.setRole("bob", Role.READER)).hasMessageContaining("bob");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void badNamesAndShortPasswordsAreRefusedNamingTheField(StoreKind kind) {
    try (TestStores.TestStore test = TestStores.open(kind, dir)) {
      Accounts accounts = new Accounts(test.store(), clock);
      assertThatThrownBy(() -> accounts.register("<script>", "correct horse battery"))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.field()).isEqualTo("name"));
      assertThatThrownBy(() -> accounts.register("ada", "short"))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
      assertThat(accounts.list()).isEmpty();
    }
  }
}
