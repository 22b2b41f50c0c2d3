package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.TextKeys;

/**
 * The site on a phone (390 × 844 CSS pixels, an iPhone 12 to 15) in headless Chromium over the 995
 * ICLR 2018 papers and two PDFs: no page scrolls sideways, the Filters control opens the facets
 * from the top, the search box spans the screen, the tags and API pages read well. With {@code
 * -Dpaperscope.update.screenshots=true} the phone-results, phone-results-filters and phone-api
 * screenshots replace docs/screenshots/.
 */
@Tag("slow")
@ExtendWith(SharedData.class)
class PhoneBrowserIT {
  private static final int WIDTH = 390;
  private static final int HEIGHT = 844;

  /** Apple's and Google's guidance for a comfortable touch target, in CSS pixels. */
  private static final double TAP_TARGET = 44;

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

  private static String url(String path) {
    return harness.client.base() + path;
  }

  private static Page phone(boolean javaScript) {
    return chromium.open(WIDTH, HEIGHT, javaScript);
  }

  /** The document is no wider than the viewport; the message names what sticks out. */
  private static void assertNoSidewaysScroll(Page page, String what) {
    int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
    Object wide =
        page.evaluate(
            "[...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5"
                + " || (e.scrollWidth > e.clientWidth + 1"
                + " && getComputedStyle(e).overflowX === 'visible'))"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className)");
    assertThat(innerWidth).isEqualTo(WIDTH);
    assertThat(scrollWidth)
        .as(what + " scrolls sideways; wider: " + wide)
        .isLessThanOrEqualTo(innerWidth);
  }

  private static Locator summary(Page page, String text) {
    return page.locator("#tags-summary", new Page.LocatorOptions().setHasText(text));
  }

  private static String firstHref(Page page, String selector) {
    return page.locator(selector).first().getAttribute("href");
  }

  @Test
  void noMainPageScrollsSideways() {
    Page page = phone(true);
    page.navigate(url("/search?q=" + WebClient.enc("text:\"scaled dot-product attention\"")));
    String paper = firstHref(page, ".hit-title a");
    page.navigate(url("/search?q=adversarial"));
    String author = firstHref(page, ".hit .authors a");
    List<String> paths =
        List.of(
            "/",
            "/search?q=adversarial",
            "/search?q=adversarial#facets",
            "/search?q=adversarial&more=author#facet-author",
            "/search?q=" + WebClient.enc("title:(graph"),
            paper,
            author,
            "/tags",
            "/tags?q=learning&sort=name",
            "/api",
            "/api#get-search",
            "/no/such/page");
    for (boolean javaScript : List.of(true, false)) {
      Page p = phone(javaScript);
      for (String path : paths) {
        p.navigate(url(path));
        assertNoSidewaysScroll(p, path + (javaScript ? "" : " without JavaScript"));
      }
    }
  }

  @Test
  void filtersControlAtTheTopOpensTheFacetsWithoutJavaScript() throws IOException {
    for (boolean javaScript : List.of(false, true)) {
      Page page = phone(javaScript);
      page.navigate(url("/search?q=adversarial"));
      Locator toggle = page.locator("a.filters-toggle");
      Locator facets = page.locator("aside.facets");
      BoundingBox box = toggle.boundingBox();
      assertThat(toggle.isVisible()).isTrue();
      assertThat(box.y + box.height).isLessThan(page.locator(".hits").boundingBox().y);
      assertThat(box.y + box.height).isLessThan(HEIGHT / 3.0);
      assertThat(box.height).isGreaterThanOrEqualTo(TAP_TARGET);
      assertThat(facets.isVisible()).isFalse();
      if (javaScript) {
        assertThat(page.locator(".hit details.abstract").first().getAttribute("open")).isNull();
        HeadlessChromium.screenshot(page, "phone-results", true);
      }

      toggle.click();
      page.waitForURL(u -> u.endsWith("#facets"));
      assertThat(facets.isVisible()).isTrue();
      assertThat(facets.boundingBox().y).isLessThan(page.locator(".hits").boundingBox().y);
      double top =
          ((Number) page.evaluate("document.querySelector('.facets').getBoundingClientRect().top"))
              .doubleValue();
      assertThat(top).as("scrolled to the facets").isBetween(-1.0, HEIGHT / 4.0);
      Locator poster =
          page.locator(".facet a", new Page.LocatorOptions().setHasText("Poster")).first();
      assertThat(poster.isVisible()).isTrue();
      if (javaScript) {
        HeadlessChromium.screenshot(page, "phone-results-filters", true);
      }

      poster.click();
      page.waitForURL(u -> u.contains("filter=decision"));
      assertThat(facets.isVisible()).isFalse();
      assertThat(toggle.textContent()).isEqualTo("Filters 1 active");
      toggle.click();
      assertThat(facets.isVisible()).isTrue();
      page.locator(".facets-close").click();
      page.waitForURL(u -> u.endsWith("#main"));
      assertThat(facets.isVisible()).isFalse();
    }
  }

  @Test
  void moreValuesOpenTheFacetsAtTheirGroup() {
    Page page = phone(false);
    page.navigate(url("/search?q=adversarial"));
    page.locator("a.filters-toggle").click();
    page.locator("#facet-tag .facet-toggle").click();
    page.waitForURL(u -> u.contains("more=tag") && u.endsWith("#facet-tag"));
    assertThat(page.locator("aside.facets").isVisible()).isTrue();
    assertThat(page.locator("#facet-tag li").count()).isGreaterThan(10);
    assertThat(page.locator("#facet-tag").isVisible()).isTrue();
  }

  @Test
  void searchBoxSpansTheScreenWithTapSizedControlsAndSearches() {
    Page page = phone(true);
    page.navigate(url("/search?q=graph"));
    BoundingBox box = page.locator("#q").boundingBox();
    BoundingBox button = page.locator(".site-header form[role=search] button").boundingBox();
    assertThat(box.x).isLessThanOrEqualTo(24);
    assertThat(button.x + button.width).isBetween(WIDTH - 24.0, (double) WIDTH);
    assertThat(box.width).isGreaterThan(WIDTH / 2.0);
    assertThat(box.height).isGreaterThanOrEqualTo(TAP_TARGET);
    assertThat(button.height).isGreaterThanOrEqualTo(TAP_TARGET);
    for (Locator link : page.locator(".site-nav a").all()) {
      assertThat(link.boundingBox().height).isGreaterThanOrEqualTo(32);
    }
    assertThat(page.locator(".key-hint").isVisible()).as("'press /' hint on a phone").isFalse();

    page.locator("#q").fill("reptile meta-learning");
    page.locator("#q").press("Enter");
    page.waitForURL(u -> u.contains("q=reptile+meta-learning"));
    assertThat(page.locator("#result-count").textContent()).matches("[1-9][0-9,]* results?");

    Page desktop = chromium.open(1280, 900, true);
    desktop.navigate(url("/search?q=graph"));
    assertThat(desktop.locator(".key-hint").isVisible()).as("'press /' hint on a desktop").isTrue();
    assertThat(desktop.locator("a.filters-toggle").isVisible()).isFalse();
    assertThat(desktop.locator("aside.facets").isVisible()).isTrue();
  }

  @Test
  void tagsFilterAndPagesKeepTheFilterAndOrderWithoutJavaScript() {
    Page page = phone(false);
    page.navigate(url("/tags?limit=20"));
    assertThat(page.locator(".tag-list li").count()).isEqualTo(20);
    Matcher all =
        Pattern.compile("^([0-9,]+) tags").matcher(page.locator("#tags-summary").textContent());
    assertThat(all.find()).isTrue();

    page.locator("#tag-q").fill("learning");
    page.locator("form.tag-filter button").click();
    page.waitForURL(u -> u.contains("q=learning") && u.contains("limit=20"));
    Matcher matching =
        Pattern.compile("^([0-9,]+) of " + all.group(1) + " tags match “learning”")
            .matcher(page.locator("#tags-summary").textContent());
    assertThat(matching.find()).isTrue();
    String total = matching.group(1);

    page.locator(".tags-page .sort a", new Page.LocatorOptions().setHasText("by name")).click();
    page.waitForURL(u -> u.contains("sort=name") && u.contains("q=learning"));
    List<String> first = page.locator(".tag-list li a").allTextContents();
    assertThat(first).hasSize(20).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    page.locator(".tags-page a[rel=next]").click();
    page.waitForURL(u -> u.contains("offset=20"));
    assertThat(page.url()).contains("q=learning").contains("sort=name").contains("limit=20");
    assertThat(page.locator(".tags-page .pager .range").textContent())
        .isEqualTo("21–40 of " + total);
    List<String> second = page.locator(".tag-list li a").allTextContents();
    assertThat(second).doesNotContainAnyElementsOf(first);
    List<String> all2 = new ArrayList<>(first);
    all2.addAll(second);
    assertThat(all2).allSatisfy(t -> assertThat(" " + TextKeys.fold(t)).contains(" learning"));
    assertThat(String.CASE_INSENSITIVE_ORDER.compare(first.getLast(), second.getFirst()))
        .isLessThanOrEqualTo(0);
    assertNoSidewaysScroll(page, "/tags page 2");
  }

  @Test
  void tagListFollowsTheFilterBoxAsOneTypesWithJavaScript() {
    Page page = phone(true);
    page.navigate(url("/tags?sort=name"));
    page.locator("#tag-q").pressSequentially("reinforc");
    summary(page, "match “reinforc”").waitFor();
    assertThat(page.url()).endsWith("/tags?q=reinforc&sort=name");
    assertThat(page.evaluate("document.activeElement.id")).isEqualTo("tag-q");
    List<String> tags = page.locator(".tag-list li a").allTextContents();
    assertThat(tags)
        .isNotEmpty()
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
        .allSatisfy(t -> assertThat(" " + TextKeys.fold(t)).contains(" reinforc"));
    page.locator("#tag-q").fill("");
    summary(page, "from the authors").waitFor();
    assertThat(page.url()).endsWith("/tags?sort=name");
  }

  @Test
  void apiPageFromTheNavListsEveryEndpoint() throws IOException {
    Page page = phone(true);
    page.navigate(url("/"));
    page.locator(".site-nav a", new Page.LocatorOptions().setHasText("API")).click();
    page.waitForURL(u -> u.endsWith("/api"));
    assertThat(page.locator("h1").textContent()).startsWith("PaperScope API");
    assertThat(page.locator(".api-operation").count()).isGreaterThanOrEqualTo(5);
    HeadlessChromium.screenshot(page, "phone-api", true);
    assertNoSidewaysScroll(page, "/api");

    page.locator(".api-toc a", new Page.LocatorOptions().setHasText("/api/v1/tags")).click();
    page.waitForURL(u -> u.endsWith("#get-tags"));
    Locator tags = page.locator("#get-tags");
    assertThat(tags.locator("tbody th code").allTextContents())
        .containsSubsequence("q", "sort", "offset", "limit")
        .contains("200", "400", "405");
    // On a phone each row is a card: the cells stack instead of forming columns.
    assertThat(
            tags.locator("td[data-label=In]").first().evaluate("e => getComputedStyle(e).display"))
        .isEqualTo("inline-block");
    assertThat(firstHref(page, ".api-intro a[type='application/json']"))
        .isEqualTo("/api/v1/openapi.json");
  }
}
