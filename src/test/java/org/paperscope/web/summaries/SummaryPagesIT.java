package org.paperscope.web.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Role;
import org.paperscope.data.DataDir;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;

/** Accounts and summaries through the real server: forms, CSRF, roles, limits, search. */
class SummaryPagesIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

  private static final Pattern SUMMARY_ID = Pattern.compile("#summary-([A-Za-z0-9_-]+)");

  private FormClient browser() {
    return new FormClient(harness.client.base());
  }

  /** Writes a summary of {@code paper} as {@code client} and returns its id. */
  private static String write(FormClient client, String paper, String markdown) throws Exception {
    client.get("/summaries/new?paper=" + paper);
    HttpResponse<String> saved =
        client.post("/summaries", "paper", paper, "markdown", markdown, "language", "en");
    assertThat(saved.statusCode()).isEqualTo(303);
    Matcher m = SUMMARY_ID.matcher(saved.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static Store store() {
    return Store.open(StoreLocation.sqlite(DataDir.of(harness.dataDir()).database()));
  }

  @Test
  void registeringLogsInAndTheHeaderNamesTheAccount() throws Exception {
    FormClient ada = browser();
    ada.register("ada-header");
    String home = ada.get("/").body();
    assertThat(home).contains("ada-header").contains("action=\"/logout\"");
    ada.post("/logout");
    assertThat(ada.get("/").body()).doesNotContain("ada-header").contains("href=\"/login\"");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
    FormClient ada = browser();
    ada.get("/register");
    HttpResponse<String> r =
        ada.post(
            "/register",
            "name",
            "cookie-ada",
            "password",
            "correct horse battery",
            "password2",
            "correct horse battery");
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("ps_session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    // Behind a TLS-terminating proxy the cookies are Secure.
    HttpResponse<String> proxied =
        browser().json("GET", "/register", null, "X-Forwarded-Proto", "https");
    assertThat(proxied.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("ps_csrf=")
                    .contains("Secure")
                    .contains("SameSite=Strict"));
  }

  @Test
  void formsWithoutTheCsrfSecretAreRefused() throws Exception {
    FormClient mallory = browser();
    mallory.get("/register");
    HttpResponse<String> forged =
        mallory.postRaw(
            "/register",
            Map.of(
                "name",
                "mallory",
                "password",
                "correct horse battery",
                "password2",
                "correct horse battery"));
    assertThat(forged.statusCode()).isEqualTo(403);
    FormClient ada = browser();
    ada.register("csrf-ada");
    HttpResponse<String> noSecret =
        ada.postRaw("/summaries", Map.of("paper", "p01", "markdown", "x", "csrf", "wrong"));
    assertThat(noSecret.statusCode()).isEqualTo(403);
    assertThat(ada.get("/papers/p01").body()).doesNotContain("Summary by csrf-ada");
  }

  @Test
  void wrongPasswordsAreLimitedPerAccount() throws Exception {
    browser().register("limited-ada");
    FormClient guesser = browser();
    guesser.get("/login");
    int last = 0;
    for (int i = 0; i < 11; i++) {
      last =
          guesser
              .post("/login", "name", "limited-ada", "password", "guess number " + i)
              .statusCode();
    }
    assertThat(last).isEqualTo(429);
    HttpResponse<String> right =
        guesser.post("/login", "name", "limited-ada", "password", "correct horse battery");
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aSummaryShowsOnItsPaperWithMathAndNoScript() throws Exception {
    FormClient ada = browser();
    ada.register("math-ada");
    String id =
        write(ada, "p02", "We solve $a*b*c$ and\n\n$$\\sum_i x_i^2$$\n\n<script>alert(1)</script>");
    String page = browser().get("/papers/p02").body();
    assertThat(page)
        .contains("id=\"summary-" + id + "\"")
        .contains("data-tex=\"a*b*c\"")
        .contains("data-display=\"true\"")
        .doesNotContain("<script>alert(1)")
        .contains("&lt;script&gt;");
    // Anonymous readers see no edit link; the author does.
    assertThat(page).doesNotContain("/summaries/" + id + "/edit");
    assertThat(ada.get("/papers/p02").body()).contains("/summaries/" + id + "/edit");
  }

  @Test
  void readersCannotWriteAndAnonymousWritersAreSentToLogIn() throws Exception {
    try (Store store = store()) {
      new Accounts(store, Clock.systemUTC()).add("rita", "correct horse battery", Role.READER);
    }
    FormClient rita = browser();
    rita.get("/login");
    rita.post("/login", "name", "rita", "password", "correct horse battery");
    rita.get("/summaries/new?paper=p03");
    assertThat(
            rita.post("/summaries", "paper", "p03", "markdown", "mine", "language", "en")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous = browser().get("/summaries/new?paper=p03");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
  }

  @Test
  void aStaleEditIsAConflictShowingBothTextsAndSavingNothing() throws Exception {
    FormClient ada = browser();
    ada.register("conflict-ada");
    String id = write(ada, "p04", "first text");
    ada.get("/summaries/" + id + "/edit");
    assertThat(
            ada.post(
                    "/summaries/" + id + "/edit",
                    "version",
                    "1",
                    "markdown",
                    "second text",
                    "language",
                    "en")
                .statusCode())
        .isEqualTo(303);
    ada.get("/summaries/" + id + "/edit");
    HttpResponse<String> stale =
        ada.post(
            "/summaries/" + id + "/edit",
            "version",
            "1",
            "markdown",
            "stale text",
            "language",
            "en");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("second text").contains("stale text").contains("diff-added");
    assertThat(browser().get("/summaries/" + id).body())
        .contains("second text")
        .doesNotContain("stale text");
    String history = browser().get("/summaries/" + id + "/revisions").body();
    assertThat(history).contains("first text").contains("second text");
  }

  @Test
  void eachReaderVotesOnceAndModeratorsHideReportedSummaries() throws Exception {
    FormClient ada = browser();
    ada.register("vote-ada");
    String id = write(ada, "p05", "worth a vote");
    FormClient bob = browser();
    bob.register("vote-bob");
    bob.get("/papers/p05");
    bob.post("/summaries/" + id + "/vote", "up", "1");
    bob.post("/summaries/" + id + "/vote", "up", "1");
    assertThat(browser().get("/papers/p05").body()).contains("1 vote");
    assertThat(ada.post("/summaries/" + id + "/vote", "up", "1").statusCode()).isEqualTo(403);
    bob.post("/summaries/" + id + "/report", "reason", "spam");
    try (Store store = store()) {
      new Accounts(store, Clock.systemUTC())
          .add("vote-mod", "correct horse battery", Role.MODERATOR);
    }
    FormClient mod = browser();
    mod.get("/login");
    mod.post("/login", "name", "vote-mod", "password", "correct horse battery");
    assertThat(mod.get("/moderation").body()).contains("spam").contains("summary-" + id);
    assertThat(bob.get("/moderation").statusCode()).isEqualTo(403);
    mod.post("/summaries/" + id + "/hide", "hidden", "1");
    assertThat(browser().get("/papers/p05").body()).doesNotContain("worth a vote");
    assertThat(ada.get("/papers/p05").body())
        .contains("worth a vote")
        .contains("Hidden by a moderator");
  }

  @Test
  void summariesBecomeSearchableBySummaryFieldAndHasSummary() throws Exception {
    FormClient ada = browser();
    ada.register("search-ada");
    write(ada, "p06", "The quokka benchmark shows everything.");
    String found = "";
    for (int i = 0; i < 60 && !found.contains("\"p06\""); i++) {
      Thread.sleep(250);
      found = browser().get("/api/v1/search?q=summary%3Aquokka").body();
    }
    assertThat(found).contains("\"p06\"").contains("\"summaries\":1");
    assertThat(browser().get("/api/v1/search?q=has%3Asummary").body()).contains("\"p06\"");
    assertThat(browser().get("/search?q=quokka").body()).contains("1 summary");
  }

  @Test
  void theApiWritesWithATokenAndAnswersConflictsWith409() throws Exception {
    String token;
    try (Store store = store()) {
      Accounts accounts = new Accounts(store, Clock.systemUTC());
      token =
          accounts.createApiToken(
              accounts.add("api-ada", "correct horse battery", Role.WRITER).id(), "test");
    }
    FormClient script = browser();
    String auth = "Bearer " + token;
    HttpResponse<String> created =
        script.json(
            "POST",
            "/api/v1/papers/p07/summaries",
            "{\"markdown\": \"Via the API: $x$\", \"language\": \"de\"}",
            "Authorization",
            auth);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"language\":\"de\"").contains("data-tex=");
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> edited =
        script.json(
            "PUT", location, "{\"markdown\": \"edited\", \"version\": 1}", "Authorization", auth);
    assertThat(edited.statusCode()).isEqualTo(200);
    HttpResponse<String> stale =
        script.json(
            "PUT", location, "{\"markdown\": \"stale\", \"version\": 1}", "Authorization", auth);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"current\"").contains("edited");
    assertThat(script.json("GET", "/api/v1/papers/p07/summaries", null).body()).contains("edited");
    assertThat(
            script
                .json("POST", "/api/v1/papers/p07/summaries", "{\"markdown\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(script.json("DELETE", location, null, "Authorization", auth).statusCode())
        .isEqualTo(204);
    assertThat(script.json("GET", location, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aSessionsApiCallNeedsTheCsrfHeader() throws Exception {
    FormClient ada = browser();
    ada.register("header-ada");
    String body = "{\"markdown\": \"from the page\"}";
    assertThat(ada.json("POST", "/api/v1/papers/p08/summaries", body).statusCode()).isEqualTo(403);
    assertThat(
            ada.json("POST", "/api/v1/papers/p08/summaries", body, "X-CSRF-Token", ada.csrf())
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void thePreviewRendersWhatWillBeSavedAndTheFeedListsNewSummaries() throws Exception {
    FormClient ada = browser();
    ada.register("feed-ada");
    ada.get("/summaries/new?paper=p09");
    HttpResponse<String> preview = ada.post("/summaries/preview", "markdown", "**bold** $\\alpha$");
    assertThat(preview.body()).contains("<strong>bold</strong>").contains("data-tex=\"\\alpha\"");
    write(ada, "p09", "Feed me: a summary of paper nine.");
    String feed = browser().get("/summaries/feed.atom").body();
    assertThat(feed).contains("<feed").contains("Feed me").contains("feed-ada");
  }

  @Test
  void writeMethodsOnReadOnlyPathsAnswer405WithTheAllowedMethods() throws Exception {
    HttpResponse<String> r = browser().postRaw("/search", Map.of());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD");
    HttpResponse<String> login = browser().json("DELETE", "/login", null);
    assertThat(login.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD, POST");
  }
}
