package org.paperscope.web.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import org.paperscope.accounts.AccountException;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.AttemptLimiter;
import org.paperscope.accounts.Session;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;
import org.paperscope.web.Templates;
import org.paperscope.web.Viewer;

/**
 * Log in, register, log out, and the account page with its API tokens. Logins are limited per IP
 * address and per account name, registrations per IP address; past a limit the form says when to
 * try again (429, {@code Retry-After}).
 *
 * <p>Thread-safe.
 */
public final class AccountRoutes {
  /** 20 logins per address per 10 minutes: a family behind one router, not a password sweep. */
  private static final int LOGINS_PER_IP = 20;

  /** 10 failed logins per account per 15 minutes: OWASP's guessing limit, order of magnitude. */
  private static final int FAILURES_PER_ACCOUNT = 10;

  /** 20 new accounts per address per hour: a class behind one router, not a bot farm. */
  private static final int REGISTRATIONS_PER_IP = 20;

  private final Accounts accounts;
  private final Sessions sessions;
  private final Templates templates;
  private final Messages messages;
  private final AttemptLimiter loginsByIp;
  private final AttemptLimiter failuresByName;
  private final AttemptLimiter registrationsByIp;

  public AccountRoutes(
      Accounts accounts, Sessions sessions, Templates templates, Messages messages, Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.templates = templates;
    this.messages = messages;
    this.loginsByIp = new AttemptLimiter(LOGINS_PER_IP, Duration.ofMinutes(10), clock);
    this.failuresByName = new AttemptLimiter(FAILURES_PER_ACCOUNT, Duration.ofMinutes(15), clock);
    this.registrationsByIp = new AttemptLimiter(REGISTRATIONS_PER_IP, Duration.ofHours(1), clock);
  }

  /** {@code GET /login}. */
  public void loginForm(Context ctx) {
    form(ctx, false, "", null, null);
  }

  /** {@code GET /register}. */
  public void registerForm(Context ctx) {
    form(ctx, true, "", null, null);
  }

  /** {@code POST /login}: logs in and goes to {@code next}, or shows the form again. */
  public void login(Context ctx) throws ForbiddenException {
    Sessions.requireCsrf(ctx);
    String name = param(ctx, "name");
    String nameKey = "name:" + name.toLowerCase(java.util.Locale.ROOT);
    if (!loginsByIp.tryAcquire(ctx.ip())) {
      limited(ctx, false, name, loginsByIp.retryAfterSeconds(ctx.ip()));
      return;
    }
    if (failuresByName.retryAfterSeconds(nameKey) > 0) {
      limited(ctx, false, name, failuresByName.retryAfterSeconds(nameKey));
      return;
    }
    try {
      Session session = accounts.login(name, ctx.formParam("password"));
      failuresByName.reset(nameKey);
      sessions.start(ctx, session);
      ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      failuresByName.tryAcquire(nameKey);
      ctx.status(HttpStatus.UNAUTHORIZED);
      form(ctx, false, name, messages.get(e.key()), e.field());
    }
  }

  /** {@code POST /register}: creates the account, logs it in, or shows the form again. */
  public void register(Context ctx) throws ForbiddenException {
    Sessions.requireCsrf(ctx);
    String name = param(ctx, "name");
    if (!registrationsByIp.tryAcquire(ctx.ip())) {
      limited(ctx, true, name, registrationsByIp.retryAfterSeconds(ctx.ip()));
      return;
    }
    String password = ctx.formParam("password");
    if (password != null && !password.equals(ctx.formParam("password2"))) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, true, name, messages.get("account.error.passwords-differ"), "password2");
      return;
    }
    try {
      sessions.start(ctx, accounts.register(name, password));
      ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, true, name, messages.get(e.key(), Accounts.MIN_PASSWORD_CHARS), e.field());
    }
  }

  /** {@code POST /logout}. */
  public void logout(Context ctx) throws ForbiddenException {
    Sessions.requireCsrf(ctx);
    sessions.end(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** {@code GET /account}: the account page, or the login form when nobody is logged in. */
  public void account(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    if (!viewer.loggedIn()) {
      ctx.redirect("/login?next=/account", HttpStatus.SEE_OTHER);
      return;
    }
    answer(ctx, viewer, null, null);
  }

  /** {@code POST /account/tokens}: creates an API token and shows it once. */
  public void createToken(Context ctx) throws ForbiddenException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = Viewer.of(ctx);
    if (!viewer.loggedIn()) {
      throw new ForbiddenException("error.login-needed");
    }
    String label = param(ctx, "label");
    String token = accounts.createApiToken(viewer.user().id(), label);
    answer(ctx, viewer, token, label.isEmpty() ? "token" : label);
  }

  private void answer(Context ctx, Viewer viewer, String token, String label) {
    ctx.header("Cache-Control", "no-store");
    AccountPage page =
        new AccountPage(
            Layout.of(messages.get("account.title")),
            viewer.name(),
            AccountPage.roleKey(viewer.user().role()),
            token,
            label);
    templates.answer(ctx, "account", page, messages);
  }

  private void limited(Context ctx, boolean register, String name, long seconds) {
    ctx.status(HttpStatus.TOO_MANY_REQUESTS);
    ctx.header("Retry-After", String.valueOf(seconds));
    form(ctx, register, name, messages.get("account.error.too-many", (seconds + 59) / 60), null);
  }

  private void form(Context ctx, boolean register, String name, String error, String field) {
    String title = messages.get(register ? "account.register" : "account.login");
    AccountFormPage page =
        new AccountFormPage(Layout.of(title), register, name, error, field, next(ctx));
    templates.answer(ctx, "login", page, messages);
  }

  /** Where to go after logging in: {@code next} when it is a path on this site, else home. */
  static String next(Context ctx) {
    String next = ctx.queryParam("next");
    if (next == null) {
      next = ctx.formParam("next");
    }
    return Sessions.localPath(next);
  }

  private static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }
}
