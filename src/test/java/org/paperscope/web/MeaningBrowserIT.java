package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Similar papers and search modes in real headless Chromium, at desktop and phone width, over
 * papers embedded with the real model. Screenshots go to target/screenshots.
 */
@Tag("slow")
class MeaningBrowserIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(MeaningCorpus::write);

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

  /** Whether the element's top is inside the viewport. */
  private static boolean inView(Locator element) {
    return (Boolean)
        element.evaluate(
            "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top <"
                + " window.innerHeight; }");
  }

  private static boolean fitsWidth(Page page) {
    return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
  }

  @Test
  void aHitsSimilarLinkOpensItsPaperAtAVisibleListOfNeighbours() throws IOException {
    for (int width : new int[] {1280, 390}) {
      Page page = chromium.open(width, 900, true);
      page.navigate(url("/search?q=attention"));
      page.locator(".similar-link[href='/papers/" + MeaningCorpus.ATTENTION + "#similar']").click();
      page.waitForURL(u -> u.endsWith("/papers/" + MeaningCorpus.ATTENTION + "#similar"));
      Locator similar = page.locator("#similar");
      assertThat(inView(similar.locator("h2"))).as("heading in view at %d px", width).isTrue();
      Locator first = similar.locator(".similar-title a").first();
      assertThat(first.isVisible()).isTrue();
      assertThat(first.textContent()).isEqualTo(MeaningCorpus.SELF_ATTENTION_TITLE);
      assertThat(similar.locator(".similar").count()).isEqualTo(9);
      Locator abstractText = similar.locator(".similar details.abstract").first();
      assertThat(abstractText.getAttribute("open")).isNull();
      assertThat(abstractText.locator("p").isVisible()).isFalse();
      abstractText.locator("summary").click();
      assertThat(abstractText.locator("p").isVisible()).isTrue();
      assertThat(fitsWidth(page)).as("no sideways scroll at %d px", width).isTrue();
      HeadlessChromium.screenshot(page, width < 600 ? "similar-phone" : "similar", false);
    }
  }

  @Test
  void theModeLinksSearchByMeaningWithoutJavaScriptAndANewQueryKeepsTheMode() throws IOException {
    for (int width : new int[] {1280, 390}) {
      Page page = chromium.open(width, 900, false);
      page.navigate(url("/search?q=" + WebClient.enc(MeaningCorpus.FEW_EXAMPLES)));
      page.locator(".modes a", new Page.LocatorOptions().setHasText("Meaning")).click();
      page.waitForURL(u -> u.contains("mode=semantic"));
      assertThat(page.locator(".note-mode").isVisible()).isTrue();
      assertThat(page.locator(".modes .current").textContent()).isEqualTo("Meaning");
      assertThat(page.locator(".hit-title a").first().textContent())
          .isIn(
              MeaningCorpus.REPTILE_TITLE,
              "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks");
      assertThat(fitsWidth(page)).as("no sideways scroll at %d px", width).isTrue();
      HeadlessChromium.screenshot(page, width < 600 ? "meaning-phone" : "meaning", false);

      page.locator("#q").fill("sequence transduction without recurrence");
      page.locator("form[role=search] button").click();
      page.waitForURL(u -> u.contains("q=sequence"));
      assertThat(page.url()).contains("mode=semantic");
      assertThat(page.locator(".hit-title a").first().textContent())
          .isIn(MeaningCorpus.SELF_ATTENTION_TITLE, "Attention Is All You Need");
    }
  }
}
