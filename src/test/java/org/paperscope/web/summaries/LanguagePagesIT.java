package org.paperscope.web.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;

/** The reader's language: negotiation, the Arabic interface, summaries per language. */
class LanguagePagesIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

  private static final String NO_ARABIC = "لا يوجد ملخص باللغة العربية";

  private FormClient browser() {
    return new FormClient(harness.client.base());
  }

  @Test
  void theLanguageComesFromTheParameterTheBrowserOrEnglish() throws Exception {
    String arabic = browser().get("/?lang=ar").body();
    assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">");
    String byHeader =
        browser()
            .json("GET", "/search?q=learning", null, "Accept-Language", "fr;q=0.9, ar;q=0.8")
            .body();
    assertThat(byHeader).contains("dir=\"rtl\"").contains("نتيجة");
    String english = browser().json("GET", "/", null, "Accept-Language", "de, fr").body();
    assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">");
    HttpResponse<String> api = browser().json("GET", "/api/v1/papers/nope?lang=ar", null);
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).doesNotContain("No paper");
  }

  @Test
  void theChooserRemembersTheLanguageInACookie() throws Exception {
    FormClient reader = browser();
    reader.get("/");
    HttpResponse<String> chosen = reader.post("/language", "lang", "ar", "next", "/tags");
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).contains("/tags");
    assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ps_lang=ar"));
    assertThat(reader.get("/tags").body()).contains("dir=\"rtl\"");
    assertThat(reader.get("/tags?lang=en").body()).contains("dir=\"ltr\"");
    assertThat(reader.post("/language", "lang", "xx").statusCode()).isEqualTo(400);
  }

  @Test
  void aPaperWithoutAnArabicSummarySaysSoInArabicAndOffersToWriteOne() throws Exception {
    FormClient ada = browser();
    ada.register("lang-ada");
    ada.get("/summaries/new?paper=p10");
    ada.post("/summaries", "paper", "p10", "markdown", "An English summary.", "language", "en");
    String page = ada.get("/papers/p10?lang=ar").body();
    assertThat(page)
        .contains(NO_ARABIC)
        .contains("lang=\"en\"")
        .contains("An English summary.")
        .contains("/summaries/new?paper=p10&amp;language=ar");
    String editor = ada.get("/summaries/new?paper=p10&language=ar").body();
    assertThat(editor).containsPattern("<option value=\"ar\"[^>]*selected");
    ada.post(
        "/summaries", "paper", "p10", "markdown", "ملخص عن الشبكات العصبية.", "language", "ar");
    String after = ada.get("/papers/p10?lang=ar").body();
    assertThat(after).doesNotContain(NO_ARABIC);
    assertThat(after.indexOf("الشبكات العصبية")).isLessThan(after.indexOf("An English summary."));
    String inEnglish = ada.get("/papers/p10?lang=en").body();
    assertThat(inEnglish.indexOf("An English summary."))
        .isLessThan(inEnglish.indexOf("الشبكات العصبية"));
  }

  @Test
  void theApiAnswersTheLanguageAskedForWithAFallbackFlag() throws Exception {
    FormClient ada = browser();
    ada.register("api-lang-ada");
    ada.get("/summaries/new?paper=p11");
    ada.post("/summaries", "paper", "p11", "markdown", "Only English here.", "language", "en");
    String arabic = ada.get("/api/v1/papers/p11/summaries?lang=ar").body();
    assertThat(arabic)
        .contains("\"language\":\"ar\"")
        .contains("\"fallback\":true")
        .contains("Only English");
    String english = ada.get("/api/v1/papers/p11/summaries?lang=en").body();
    assertThat(english).contains("\"fallback\":false").contains("Only English");
  }

  @Test
  void arabicSummariesAreFoundByArabicWordFormsAndLangFilters() throws Exception {
    FormClient ada = browser();
    ada.register("search-lang-ada");
    ada.get("/summaries/new?paper=p12");
    ada.post(
        "/summaries",
        "paper",
        "p12",
        "markdown",
        "تعتمد الطريقة على الشبكات التلافيفية.",
        "language",
        "ar");
    String found = "";
    for (int i = 0; i < 60 && !found.contains("\"p12\""); i++) {
      Thread.sleep(250);
      // "شبكة" (a network) finds "الشبكات" (the networks) through Arabic stemming.
      found = browser().get("/api/v1/search?q=" + FormClient.enc("summary:شبكة")).body();
    }
    assertThat(found).contains("\"p12\"");
    assertThat(browser().get("/api/v1/search?q=" + FormClient.enc("lang:ar")).body())
        .contains("\"p12\"");
    assertThat(browser().get("/api/v1/search?q=" + FormClient.enc("lang:de")).body())
        .doesNotContain("\"p12\"");
    String home = browser().get("/?lang=ar").body();
    assertThat(home).contains("العربية").contains("lang%3Aar");
  }
}
