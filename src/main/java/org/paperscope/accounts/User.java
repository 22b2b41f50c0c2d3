package org.paperscope.accounts;

/**
 * An account.
 *
 * @param id its row id
 * @param name the name it registered, as typed (names are unique ignoring case)
 * @param role what it may do
 * @param language its chosen interface language (BCP 47), or {@code null}
 */
public record User(String id, String name, Role role, String language) {
  /** Whether this account may do what {@code needed} may. */
  public boolean may(Role needed) {
    return role.allows(needed);
  }
}
