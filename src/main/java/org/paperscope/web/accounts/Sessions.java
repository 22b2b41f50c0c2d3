package org.paperscope.web.accounts;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Session;
import org.paperscope.accounts.User;
import org.paperscope.store.RowIds;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.Viewer;

/**
 * Identifies who asks, before every request: an API token ({@code Authorization: Bearer ps_…}),
 * else the session cookie, else an anonymous reader, who gets a CSRF cookie for the login and
 * registration forms. Cookies are HttpOnly, SameSite=Lax (the session) or Strict (the anonymous
 * CSRF secret), and Secure when the request came over HTTPS (directly or through a proxy that says
 * so in {@code X-Forwarded-Proto}).
 *
 * <p>CSRF: every state-changing request of a browser must send its secret back, in the form field
 * {@code csrf} or the header {@code X-CSRF-Token}: the session's secret when logged in, the CSRF
 * cookie's when not. Requests with an API token need none (no browser sends it by itself).
 *
 * <p>Thread-safe.
 */
public final class Sessions {
  static final String SESSION_COOKIE = "ps_session";
  static final String CSRF_COOKIE = "ps_csrf";
  public static final String CSRF_FIELD = "csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String TOKEN_ATTRIBUTE = "paperscope.apiToken";

  private final Accounts accounts;

  public Sessions(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Finds the viewer of the request and stores it for {@link Viewer#of}. */
  public void identify(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<User> user = accounts.apiTokenUser(authorization.substring(7).strip());
      ctx.attribute(TOKEN_ATTRIBUTE, user.isPresent());
      ctx.attribute(Viewer.ATTRIBUTE, new Viewer(user.orElse(null), null, here(ctx)));
      return;
    }
    Optional<Session> session = accounts.session(ctx.cookie(SESSION_COOKIE));
    if (session.isPresent()) {
      ctx.attribute(
          Viewer.ATTRIBUTE, new Viewer(session.get().user(), session.get().csrf(), here(ctx)));
      return;
    }
    String csrf = ctx.cookie(CSRF_COOKIE);
    if (csrf == null || csrf.length() < 16) {
      csrf = RowIds.token(24);
      setCookie(ctx, CSRF_COOKIE, csrf, -1, "Strict");
    }
    ctx.attribute(Viewer.ATTRIBUTE, new Viewer(null, csrf, here(ctx)));
  }

  /**
   * Refuses a state-changing request that does not send the viewer's CSRF secret back.
   *
   * @throws ForbiddenException when it is missing or wrong
   */
  public static void requireCsrf(Context ctx) throws ForbiddenException {
    if (Boolean.TRUE.equals(ctx.attribute(TOKEN_ATTRIBUTE))) {
      return;
    }
    Viewer viewer = Viewer.of(ctx);
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (viewer.csrf() == null
        || viewer.csrf().isEmpty()
        || sent == null
        || !same(sent, viewer.csrf())) {
      throw new ForbiddenException("error.csrf");
    }
  }

  /** Whether the request carries an API token that names an account. */
  public static boolean viaApiToken(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(TOKEN_ATTRIBUTE));
  }

  /** Sets the session cookie of a new login and makes it this request's viewer. */
  void start(Context ctx, Session session) {
    setCookie(
        ctx, SESSION_COOKIE, session.token(), (int) Accounts.SESSION_LIFETIME.toSeconds(), "Lax");
    ctx.attribute(Viewer.ATTRIBUTE, new Viewer(session.user(), session.csrf(), here(ctx)));
  }

  /** Ends the request's login, if any, and clears its cookie. */
  void end(Context ctx) {
    String token = ctx.cookie(SESSION_COOKIE);
    if (token != null) {
      accounts.logout(token);
    }
    setCookie(ctx, SESSION_COOKIE, "", 0, "Lax");
  }

  private static void setCookie(
      Context ctx, String name, String value, int maxAgeSeconds, String sameSite) {
    StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=/");
    if (maxAgeSeconds >= 0) {
      cookie.append("; Max-Age=").append(maxAgeSeconds);
    }
    cookie.append("; HttpOnly; SameSite=").append(sameSite);
    if (https(ctx)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  /**
   * {@code next} when it is a path on this site, else {@code /}: "//evil.example" and
   * "/\\evil.example" are other sites to browsers.
   */
  public static String localPath(String next) {
    boolean local =
        next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && !next.startsWith("/\\")
            && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/";
  }

  /** The path and query of this request, without a {@code lang} parameter (the chooser sets it). */
  private static String here(Context ctx) {
    String query = ctx.queryString();
    if (query != null) {
      query = query.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
    }
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** Whether the reader reached us over HTTPS, directly or through a proxy. */
  public static boolean https(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  /** Compares secrets in time independent of where they differ. */
  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
