package org.paperscope.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paperscope.accounts.Accounts;
import org.paperscope.i18n.UiLanguage;
import org.paperscope.i18n.UiLanguages;
import org.paperscope.web.accounts.Sessions;

/**
 * The reader's language, for every request: {@code ?lang=} (that request only), else the language
 * chosen with the chooser on every page (the {@code ps_lang} cookie, or the account's), else the
 * browser's {@code Accept-Language}, else English ({@link UiLanguages#negotiate}). Sets the
 * request-scoped {@link Messages} to it, and answers the chooser ({@code POST /language}).
 *
 * <p>Thread-safe.
 */
public final class ReaderLanguage {
  static final String COOKIE = "ps_lang";
  private static final String ATTRIBUTE = "paperscope.language";
  private static final int COOKIE_SECONDS = 365 * 24 * 3600;

  private final Messages scoped;
  private final Accounts accounts;
  private final Map<String, Messages> bundles = new ConcurrentHashMap<>();

  /**
   * @param scoped the request-scoped words every page and route holds
   * @param accounts where a logged-in reader's choice is remembered
   */
  ReaderLanguage(Messages scoped, Accounts accounts) {
    this.scoped = scoped;
    this.accounts = accounts;
  }

  /** Before a request (after the viewer is known): picks its language. */
  void begin(Context ctx) {
    Viewer viewer = Viewer.of(ctx);
    String chosen = ctx.cookie(COOKIE);
    if (chosen == null && viewer.loggedIn()) {
      chosen = viewer.user().language();
    }
    UiLanguage language =
        UiLanguages.negotiate(ctx.queryParam("lang"), chosen, ctx.header("Accept-Language"));
    ctx.attribute(ATTRIBUTE, language);
    ctx.header("Content-Language", language.tag());
    ctx.header("Vary", "Accept-Language, Cookie");
    scoped.serve(
        bundles.computeIfAbsent(language.tag(), t -> Messages.forLocale(language.locale())));
  }

  /** After a request: the thread speaks no language until the next. */
  void end(Context ctx) {
    scoped.done();
  }

  /** The language of this request. */
  public static UiLanguage of(Context ctx) {
    UiLanguage language = ctx.attribute(ATTRIBUTE);
    return language == null ? UiLanguages.ENGLISH : language;
  }

  /**
   * {@code POST /language} ({@code lang}, {@code next}): remembers the choice in a cookie and in
   * the account, then goes back to {@code next}.
   */
  void choose(Context ctx) throws ForbiddenException, BadParameterException {
    Sessions.requireCsrf(ctx);
    UiLanguage language =
        UiLanguages.find(ctx.formParam("lang"))
            .orElseThrow(
                () -> new BadParameterException("lang", "error.language", ctx.formParam("lang")));
    StringBuilder cookie =
        new StringBuilder(COOKIE + "=" + language.tag() + "; Path=/; Max-Age=" + COOKIE_SECONDS);
    cookie.append("; HttpOnly; SameSite=Lax");
    if (Sessions.https(ctx)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
    Viewer viewer = Viewer.of(ctx);
    if (viewer.loggedIn()) {
      accounts.setLanguage(viewer.user().id(), language.tag());
    }
    ctx.redirect(Sessions.localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }
}
