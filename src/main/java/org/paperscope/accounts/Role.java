package org.paperscope.accounts;

import java.util.Locale;

/** What an account may do; each role may do everything the ones before it may. */
public enum Role {
  /** Reads, votes and reports. */
  READER,
  /** Also writes summaries and edits its own. */
  WRITER,
  /** Also hides and restores anyone's summaries and sees reports. */
  MODERATOR;

  /** Whether this role may do what {@code needed} may. */
  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The lower-case name used in the database, the CLI and the API. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role named {@code key}, any case.
   *
   * @throws IllegalArgumentException naming the roles there are
   */
  public static Role of(String key) {
    for (Role role : values()) {
      if (role.key().equalsIgnoreCase(key.strip())) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "no role '" + key + "'; the roles are reader, writer and moderator");
  }
}
