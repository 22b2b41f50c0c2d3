package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) driven by Playwright for Java, for the browser
 * tests; nothing is downloaded. Screenshots go to target/screenshots and, the published ones, with
 * {@code -Dpaperscope.update.screenshots=true} also to docs/screenshots.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");
  private static final Path SHOTS = Path.of("target/screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private HeadlessChromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts Chromium; fails the test with a hint when it is not installed. */
  static HeadlessChromium launch() throws IOException {
    assertThat(EXECUTABLE).as("Chromium (apt-get install chromium; .ci/run does)").exists();
    Files.createDirectories(SHOTS);
    Playwright playwright = Playwright.create();
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setArgs(ARGS));
      return new HeadlessChromium(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A new page in a fresh context (no shared history or cache) of this viewport size. */
  Page open(int width, int height, boolean javaScript) {
    return browser
        .newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setJavaScriptEnabled(javaScript))
        .newPage();
  }

  /** Saves the viewport as {@code name}.png; {@code publish} also copies it to docs on request. */
  static void screenshot(Page page, String name, boolean publish) throws IOException {
    Path shot = SHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(false));
    if (publish && Boolean.getBoolean("paperscope.update.screenshots")) {
      Path docs = Path.of("docs/screenshots");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
