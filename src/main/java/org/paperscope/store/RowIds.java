package org.paperscope.store;

import java.security.SecureRandom;
import java.util.Base64;

/** Random row ids and secret tokens, the same on every database (no auto-increment). */
public final class RowIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private RowIds() {}

  /** A new 16-character id, URL-safe (96 random bits). */
  public static String newId() {
    return token(12);
  }

  /** A new secret of {@code bytes} random bytes, URL-safe Base64 without padding. */
  public static String token(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return URL_SAFE.encodeToString(raw);
  }
}
