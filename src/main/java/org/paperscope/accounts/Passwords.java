package org.paperscope.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (password4j), OWASP's recommended parameters: 19 MiB of memory, 2
 * iterations, parallelism 1, a 16-byte random salt, a 32-byte hash. The stored form is the PHC
 * string ({@code $argon2id$v=19$m=19456,t=2,p=1$…}), which carries its parameters, so a later
 * change of them still verifies old hashes.
 *
 * <p>Thread-safe.
 */
public final class Passwords {
  /** OWASP Password Storage Cheat Sheet (2023), Argon2id's first configuration. */
  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

  private Passwords() {}

  /** The PHC-format Argon2id hash of {@code password} with a fresh random salt. */
  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  /** Whether {@code password} matches {@code storedHash}; false for a malformed hash. */
  public static boolean verify(String password, String storedHash) {
    try {
      return Password.check(password, storedHash)
          .with(Argon2Function.getInstanceFromHash(storedHash));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
