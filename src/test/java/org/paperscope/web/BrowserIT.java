package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.Paper;

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
  /** A real ICLR 2021 title and abstract with LaTeX, added to the ICLR 2018 papers. */
  private static final Paper ADAM_PLUS =
      Paper.builder("szXGN2CLjwf", "Adam$^+$: A Stochastic Method with Adaptive Variance Reduction")
          .authors(List.of("Mingrui Liu", "Wei Zhang", "Francesco Orabona", "Tianbao Yang"))
          .abstractText(
              "In this paper, we propose a new method named Adam$^+$ (pronounced as Adam-plus)."
                  + " Adam$^+$ enjoys adaptive variance reduction, with a convergence rate of"
                  + " $\\tilde{O}(\\epsilon^{-3.5})$ and ``provable'' guarantees.")
          .keywords(List.of("$k$-means", "variance reduction"))
          .venue("ICLR")
          .year(2021)
          .build();

  @RegisterExtension
  static final ServerHarness harness =
      ServerHarness.over(
          data -> {
            List<Paper> papers = new ArrayList<>(Iclr2018Corpus.read());
            papers.add(ADAM_PLUS);
            TestCorpus.write(data, papers);
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
  void formulasAreTypesetByKatexFromThisServerAndReadableWithoutJavaScript() throws IOException {
    Page page = open(1280, 900, true);
    List<String> errors = new ArrayList<>();
    List<String> fonts = new ArrayList<>();
    page.onConsoleMessage(m -> errors.add(m.type() + ": " + m.text()));
    page.onResponse(
        r -> {
          if (r.url().contains("/static/katex/fonts/") && r.status() == 200) {
            fonts.add(r.url());
          }
        });
    String search = url("/search?q=" + WebClient.enc("\"adaptive variance reduction\""));
    page.navigate(search);
    Locator title = page.locator(".hit-title").first();
    title.locator(".math .katex").first().waitFor();
    assertThat(title.locator(".katex").count()).isEqualTo(1);
    assertThat(title.locator(".katex-mathml annotation").textContent()).isEqualTo("^+");
    // The abstract's two Adam⁺ and its Õ render, beside its highlights; TeX quotes are curly.
    Locator abstractText = page.locator(".hit details.abstract").first();
    assertThat(abstractText.locator(".katex").count()).isEqualTo(3);
    assertThat(abstractText.locator("mark").first().textContent()).contains("adaptive");
    assertThat(abstractText.textContent()).contains("“provable”");
    assertThat(page.locator("#facet-tag").textContent()).contains("k-means").doesNotContain("$");
    page.waitForLoadState();
    assertThat(fonts).as("KaTeX fonts from /static/katex/fonts/").isNotEmpty();
    assertThat(errors).as("console errors, CSP refusals among them").isEmpty();
    screenshot(page, "results-math", true);

    page.locator(".hit-title a").first().click();
    page.waitForURL(u -> u.contains("/papers/"));
    page.locator("h1 .katex").first().waitFor();
    // "Adam" and its typeset "+" are kept on one line.
    assertThat(page.locator("h1 .math-glue").textContent()).startsWith("Adam");
    assertThat(page.locator(".paper-aside .chip .katex").count()).isEqualTo(1);
    assertThat(page.title())
        .isEqualTo("Adam⁺: A Stochastic Method with Adaptive Variance Reduction – PaperScope");
    assertThat(errors).isEmpty();
    screenshot(page, "paper-math", false);

    Page plain = open(1280, 900, false);
    plain.navigate(search);
    assertThat(plain.locator(".hit-title").first().textContent())
        .isEqualTo("Adam⁺: A Stochastic Method with Adaptive Variance Reduction");
    assertThat(plain.locator(".hit details.abstract").first().textContent())
        .contains("Adam⁺ enjoys", "Õ(ε^(−3.5))");
    assertThat(plain.locator(".katex").count()).isZero();
    screenshot(plain, "results-math-no-javascript", false);
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
