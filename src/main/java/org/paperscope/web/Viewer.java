package org.paperscope.web;

import io.javalin.http.Context;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;

/**
 * Who is asking, as every page's header and forms need it: the account logged in (or none) and the
 * CSRF secret the page's forms must send back.
 *
 * @param user the account, or {@code null} for an anonymous reader
 * @param csrf the CSRF secret of the session, or of the anonymous reader's cookie; {@code null} for
 *     API-token requests, which need none
 */
public record Viewer(User user, String csrf, String path) {
  /** The request attribute {@code accounts.Sessions} stores the viewer under. */
  public static final String ATTRIBUTE = "paperscope.viewer";

  /** An anonymous reader without a CSRF cookie (pages rendered outside a request). */
  public static final Viewer NOBODY = new Viewer(null, "", "/");

  /** The viewer of this request, {@link #NOBODY} when none was identified. */
  public static Viewer of(Context ctx) {
    Viewer viewer = ctx.attribute(ATTRIBUTE);
    return viewer == null ? NOBODY : viewer;
  }

  /** Whether an account is logged in. */
  public boolean loggedIn() {
    return user != null;
  }

  /** Whether the account may do what {@code role} may; false when nobody is logged in. */
  public boolean may(Role role) {
    return user != null && user.may(role);
  }

  /** The account's name, or empty. */
  public String name() {
    return user == null ? "" : user.name();
  }
}
