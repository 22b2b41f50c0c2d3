package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.accounts.AccountException;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.data.DataDir;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.summaries.Summaries;
import org.paperscope.summaries.SummaryException;
import org.paperscope.summaries.SummaryInput;

/**
 * Writing a summary in real headless Chromium: register, open the editor, watch the live preview
 * typeset the math, save, and read it on the paper's page; also without JavaScript (math as TeX)
 * and at a phone's width. Screenshots go to target/screenshots, and with {@code
 * -Dpaperscope.update.screenshots=true} the editor and summary also to docs/screenshots/.
 */
@Tag("slow")
class SummaryBrowserIT {
  private static final String MARKDOWN =
      "## What it does\n\nA GAN solves $\\min_G \\max_D V(D, G)$ where the value is\n\n"
          + "$$V(D,G) = \\mathbb{E}_x[\\log D(x)] + \\mathbb{E}_z[\\log(1 - D(G(z)))]$$\n\n"
          + "| model | FID |\n|---|---|\n| ours | 12.3 |\n\n```python\nloss = d(x) * g(z)\n```\n";

  @RegisterExtension static final ServerHarness harness = ServerHarness.over(TestCorpus::write);

  static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws IOException {
    chromium = HeadlessChromium.launch();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static String url(String path) {
    return harness.client.base() + path;
  }

  @Test
  void aWriterPreviewsAndSavesASummaryWithMath() throws IOException {
    Page page = chromium.open(1280, 900, true);
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            errors.add(m.text());
          }
        });
    page.navigate(url("/register"));
    page.fill("#name", "browser-ada");
    page.fill("#password", "correct horse battery");
    page.fill("#password2", "correct horse battery");
    page.click(".account-form button[type=submit]");
    page.waitForURL(u -> !u.contains("/register"));
    assertThat(page.locator(".account-link").textContent()).isEqualTo("browser-ada");

    page.navigate(url("/papers/p01"));
    page.click(".summary-write a");
    page.waitForURL(u -> u.contains("/summaries/new"));
    page.fill("#markdown", MARKDOWN);
    // The live preview comes from the server and is typeset by KaTeX.
    page.locator("#preview .katex-display").waitFor();
    assertThat(page.locator("#preview .katex").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#preview table").count()).isEqualTo(1);
    HeadlessChromium.screenshot(page, "summary-editor", true);

    page.click("button.save");
    page.waitForURL(u -> u.contains("/papers/p01"));
    page.locator(".summary .katex-display").waitFor();
    assertThat(page.locator(".summary .summary-author").textContent()).contains("browser-ada");
    assertThat(page.locator(".summary pre code").textContent()).contains("loss = d(x) * g(z)");
    page.locator("#summaries").scrollIntoViewIfNeeded();
    HeadlessChromium.screenshot(page, "summary", true);
    assertThat(errors).as("console errors, CSP refusals among them").isEmpty();

    Page plain = chromium.open(1280, 900, false);
    plain.navigate(url("/papers/p01"));
    assertThat(plain.locator(".summary .math").first().textContent())
        .isEqualTo("$\\min_G \\max_D V(D, G)$");

    Page phone = chromium.open(390, 844, true);
    phone.navigate(url("/papers/p01"));
    phone.locator(".summary .katex").first().waitFor();
    phone.locator("#summaries").scrollIntoViewIfNeeded();
    double width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).doubleValue();
    assertThat(width).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
    HeadlessChromium.screenshot(phone, "summary-phone", false);
  }

  @Test
  void theArabicInterfaceMirrorsAndKeepsEnglishTextLeftToRight() throws IOException {
    Page page = chromium.open(1280, 900, true);
    page.navigate(url("/search?q=learning&lang=ar"));
    assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
    // Mirrored: the brand sits right of the search box.
    double brand = page.locator(".brand").boundingBox().x;
    double search = page.locator(".site-header .search-form").boundingBox().x;
    assertThat(brand).isGreaterThan(search);
    // An English title inside the Arabic page still reads left to right.
    Object direction =
        page.locator(".hit-title").first().evaluate("e => getComputedStyle(e).direction");
    assertThat(direction).isEqualTo("ltr");
    assertThat(page.locator("#result-count").textContent()).contains("نتيجة");
    HeadlessChromium.screenshot(page, "results-ar", true);

    // An English summary only: the Arabic page says there is none in Arabic, then shows it.
    try (Store store = Store.open(StoreLocation.sqlite(DataDir.of(harness.dataDir()).database()))) {
      User writer =
          new Accounts(store, Clock.systemUTC())
              .add("cairo-ada", "correct horse battery", Role.WRITER);
      new Summaries(store, Clock.systemUTC())
          .create(
              "p03",
              writer,
              new SummaryInput("Learns graph representations with $O(n)$ messages.", "en", false));
    } catch (AccountException | SummaryException e) {
      throw new IllegalStateException(e);
    }
    page.navigate(url("/papers/p03?lang=ar"));
    assertThat(page.locator("h1").evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
    assertThat(page.locator(".summary-language-note").textContent())
        .contains("لا يوجد ملخص باللغة العربية");
    assertThat(page.locator(".summary").first().getAttribute("lang")).isEqualTo("en");
    page.locator(".summary .katex").first().waitFor();
    HeadlessChromium.screenshot(page, "paper-ar", true);
  }
}
