package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.fixtures.SharedData;

/**
 * The reading room in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)
 * over the 995 ICLR 2018 papers and two PDFs: search, facet, page, paper, tag ({@link
 * PhoneBrowserIT} does phones). Screenshots go to target/screenshots; with {@code
 * -Dpaperscope.update.screenshots=true} the results and paper screenshots also replace
 * docs/screenshots/.
 */
@Tag("slow")
@ExtendWith(SharedData.class)
class BrowserIT {
  @RegisterExtension
  static final ServerHarness harness =
      ServerHarness.over(
          data -> {
            TestCorpus.write(data, Iclr2018Corpus.read());
            PdfCorpus.ingest(data, PdfCorpus.FILES);
          });

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

  private static Page open(int width, int height, boolean javaScript) {
    return chromium.open(width, height, javaScript);
  }

  private static String url(String path) {
    return harness.client.base() + path;
  }

  private static long count(Page page) {
    return Long.parseLong(page.locator("#result-count").textContent().replaceAll("[^0-9]", ""));
  }

  private static void screenshot(Page page, String name, boolean publish) throws IOException {
    HeadlessChromium.screenshot(page, name, publish);
  }

  @Test
  void searchFacetPagePaperAndTag() throws IOException {
    Page page = open(1280, 900, true);
    page.navigate(url("/"));
    screenshot(page, "home", false);
    page.locator("h1").click(); // move focus off the autofocused box, then '/' brings it back
    page.keyboard().press("/");
    page.keyboard().type("adversarial");
    page.keyboard().press("Enter");
    page.waitForURL(u -> u.endsWith("/search?q=adversarial"));
    long all = count(page);
    assertThat(all).isGreaterThan(40);
    screenshot(page, "results", true);

    Locator poster =
        page.locator(".facet a", new Page.LocatorOptions().setHasText("Poster")).first();
    long posterCount =
        Long.parseLong(poster.locator("xpath=..").locator(".count").textContent().replace(",", ""));
    poster.click();
    page.waitForURL(u -> u.contains("filter=decision"));
    assertThat(count(page)).isEqualTo(posterCount).isLessThan(all);
    assertThat(page.locator(".active-filters").textContent()).contains("Decision: Poster");

    page.navigate(url("/search?q=adversarial"));
    page.locator("a[rel=next]").click();
    page.waitForURL(u -> u.contains("offset=20"));
    assertThat(page.locator(".pager .range").textContent()).startsWith("21–40 of");

    Locator first = page.locator(".hit-title a").first();
    String title = first.textContent();
    first.click();
    page.waitForURL(u -> u.contains("/papers/"));
    assertThat(page.locator("h1").textContent()).isEqualTo(title);
    assertThat(page.locator("meta[name=citation_title]").getAttribute("content")).isEqualTo(title);

    Locator tag = page.locator(".paper-aside a.chip").first();
    String tagName = tag.textContent();
    tag.click();
    page.waitForURL(u -> u.contains("/search?q=tag"));
    assertThat(count(page)).isPositive();
    assertThat(page.locator(".hit").first().textContent()).isNotEmpty();
    assertThat(page.locator("#q").inputValue()).isEqualTo("tag:\"" + tagName + "\"");
  }

  @Test
  void paperPageShowsThumbnailAndSections() throws IOException {
    Page page = open(1280, 900, true);
    page.navigate(url("/search?q=" + WebClient.enc("text:\"scaled dot-product attention\"")));
    assertThat(page.locator(".snippet .location").first().textContent()).startsWith(" · p. ");
    page.locator(".hit-title a").first().click();
    page.waitForURL(u -> u.contains("/papers/"));
    assertThat(page.locator("h1").textContent()).isEqualTo("Attention Is All You Need");
    Locator thumbnail = page.locator("img.thumbnail");
    assertThat(thumbnail.evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);
    assertThat(page.locator(".paper-sections li").count()).isGreaterThan(5);
    screenshot(page, "paper", true);
  }

  @Test
  void everythingWorksWithoutJavaScript() throws IOException {
    Page page = open(1280, 900, false);
    page.navigate(url("/"));
    page.locator("#q").fill("\"few-shot\"");
    page.locator("form[role=search] button").click();
    page.waitForURL(u -> u.contains("/search?q="));
    assertThat(count(page)).isPositive();
    assertThat(page.locator(".hit details.abstract").first().getAttribute("open")).isNotNull();
    page.locator("#facet-tag .facet-toggle").click();
    page.waitForURL(u -> u.contains("more=tag"));
    assertThat(page.locator("#facet-tag li").count()).isGreaterThan(10);
    page.locator("#facet-tag .facet-toggle").click();
    page.waitForURL(u -> !u.contains("more=tag"));
    assertThat(page.locator("#facet-tag li").count()).isEqualTo(10);
    page.locator(".facet a").first().click();
    page.waitForURL(u -> u.contains("filter="));
    assertThat(count(page)).isPositive();
  }

  @Test
  void keyboardReachesTheSkipLinkFirst() {
    Page page = open(1280, 900, true);
    page.navigate(url("/search?q=graph"));
    page.keyboard().press("Tab");
    assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
    page.keyboard().press("Enter");
    assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
  }

  @Test
  void malformedQueryShowsWhereItIsWrong() {
    Page page = open(1280, 900, true);
    page.navigate(url("/search?q=" + WebClient.enc("title:(graph")));
    assertThat(page.locator("[role=alert]").textContent()).contains("at character");
    assertThat(page.locator("mark.error-at").count()).isEqualTo(1);
  }
}
