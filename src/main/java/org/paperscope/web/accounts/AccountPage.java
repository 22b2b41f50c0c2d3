package org.paperscope.web.accounts;

import org.paperscope.web.Layout;

/**
 * The logged-in reader's account: name, role, and API tokens.
 *
 * @param layout the page frame
 * @param name the account's name
 * @param roleKey the message key of its role's description
 * @param newToken an API token just created, shown this once, or {@code null}
 * @param tokenLabel the label of {@code newToken}, or {@code null}
 */
public record AccountPage(
    Layout layout, String name, String roleKey, String newToken, String tokenLabel) {

  /** The message key describing {@code role}. */
  static String roleKey(org.paperscope.accounts.Role role) {
    return switch (role) {
      case READER -> "account.role.reader";
      case WRITER -> "account.role.writer";
      case MODERATOR -> "account.role.moderator";
    };
  }
}
