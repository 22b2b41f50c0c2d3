package org.paperscope.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SummaryMarkdownTest {
  /** Every element a rendered summary may hold, with the attributes each may carry. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("a", Set.of("href", "rel")),
          Map.entry("img", Set.of("src", "alt", "title")),
          Map.entry("ol", Set.of("start")),
          Map.entry("th", Set.of("align")),
          Map.entry("td", Set.of("align")),
          Map.entry("span", Set.of("class", "data-tex", "data-display")),
          Map.entry("p", Set.of()),
          Map.entry("br", Set.of()),
          Map.entry("hr", Set.of()),
          Map.entry("h1", Set.of()),
          Map.entry("h2", Set.of()),
          Map.entry("h3", Set.of()),
          Map.entry("h4", Set.of()),
          Map.entry("h5", Set.of()),
          Map.entry("h6", Set.of()),
          Map.entry("em", Set.of()),
          Map.entry("strong", Set.of()),
          Map.entry("del", Set.of()),
          Map.entry("code", Set.of()),
          Map.entry("pre", Set.of()),
          Map.entry("blockquote", Set.of()),
          Map.entry("ul", Set.of()),
          Map.entry("li", Set.of()),
          Map.entry("table", Set.of()),
          Map.entry("thead", Set.of()),
          Map.entry("tbody", Set.of()),
          Map.entry("tr", Set.of()));

  private static final Set<String> FORBIDDEN =
      Set.of("script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta");

  private static final List<String> BAD_SCHEMES = List.of("javascript:", "data:", "vbscript:");

  static Stream<String> goldenNames() throws IOException {
    try (Stream<Path> files = Files.list(resource("/summaries/golden"))) {
      List<String> names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".md"))
              .map(name -> name.substring(0, name.length() - ".md".length()))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  static Stream<String> xssPayloads() throws IOException {
    return Files.readAllLines(resource("/summaries/xss-payloads.txt")).stream()
        .filter(line -> !line.isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenNames")
  void rendersEachGoldenSummaryToItsExactHtml(String name) throws IOException {
    Path golden = resource("/summaries/golden");
    String markdown = Files.readString(golden.resolve(name + ".md"));
    String expected = Files.readString(golden.resolve(name + ".html"));

    assertThat(SummaryMarkdown.toHtml(markdown)).isEqualTo(expected);
  }

  @Test
  void goldenSetHoldsEveryCaseTheRendererPromises() throws IOException {
    assertThat(goldenNames())
        .contains(
            "inline-math",
            "display-math",
            "math-asterisks",
            "backslash-delimiters",
            "math-next-to-code",
            "money",
            "escaped-dollar",
            "table",
            "autolink",
            "https-image",
            "code-block-script",
            "realistic-summary");
  }

  @ParameterizedTest
  @MethodSource("xssPayloads")
  void hostileSummaryRendersToHarmlessHtml(String payload) {
    assertHarmless(SummaryMarkdown.toHtml(payload));
  }

  @ParameterizedTest
  @MethodSource("xssPayloads")
  void policyAloneDisarmsHostileHtml(String payload) {
    // The renderer escapes raw HTML; fed straight to the policy, each payload tests the gate
    // itself.
    assertHarmless(SummaryPolicy.sanitize(payload));
  }

  @Test
  void xssCorpusHoldsAtLeastSixtyPayloads() throws IOException {
    assertThat(xssPayloads()).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void formulaSourceCannotBreakOutOfItsSpan() {
    String html = SummaryMarkdown.toHtml("$\"><img src=x onerror=alert(1)>$");

    Element body = Jsoup.parseBodyFragment(html).body();
    assertThat(body.select("img")).isEmpty();
    assertThat(body.select("span.math").eachAttr("data-tex"))
        .containsExactly("\"><img src=x onerror=alert(1)>");
    assertThat(body.select("span.math").text()).isEqualTo("$\"><img src=x onerror=alert(1)>$");
  }

  @Test
  void formulaInImageDescriptionStaysSourceInAltText() {
    String html =
        SummaryMarkdown.toHtml("![loss $\\mathcal{L}$ by epoch](https://example.com/a.png)");

    Element body = Jsoup.parseBodyFragment(html).body();
    assertThat(body.select("img").attr("alt")).isEqualTo("loss $\\mathcal{L}$ by epoch");
    assertThat(body.select("span")).isEmpty();
  }

  @Test
  void placeholderSpelledInTheSummaryStaysText() {
    String spelled = "math" + "0123456789abcdef01234567" + "0z";

    String html = SummaryMarkdown.toHtml(spelled + " beside $x$");

    assertThat(html).contains(spelled).containsOnlyOnce("<span class=\"math\"");
  }

  @Test
  void linksGetTheSameRelsEveryTime() {
    String html = SummaryMarkdown.toHtml("[a](https://a.org) [b](mailto:b@b.org) [c](/papers/1)");

    assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("rel"))
        .containsOnly("nofollow noopener noreferrer")
        .hasSize(3);
  }

  @Test
  void rendersTheSameFromManyThreadsAtOnce() throws Exception {
    String markdown = Files.readString(resource("/summaries/golden/realistic-summary.md"));
    String expected = SummaryMarkdown.toHtml(markdown);

    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<String>> renders =
          pool.invokeAll(Collections.nCopies(64, () -> SummaryMarkdown.toHtml(markdown)));
      for (Future<String> render : renders) {
        assertThat(render.get()).isEqualTo(expected);
      }
    }
  }

  @Test
  void plainTextDropsMarkdownSyntaxAndUrls() {
    String markdown =
        """
        # Title

        **Bold**, *em* and [a link](https://example.com) with ![an image](https://e.com/a.png).

        - item one
        > quoted
        """;

    assertThat(SummaryMarkdown.plainText(markdown))
        .isEqualTo("Title\nBold, em and a link with an image.\nitem one\nquoted");
  }

  @Test
  void plainTextKeepsFormulasAsTheirTexSource() {
    String markdown = "Loss $\\mathcal{L}_{a*b}$ and\n\n$$\\sum_i x_i^2$$\n\nand \\(\\alpha\\).";

    assertThat(SummaryMarkdown.plainText(markdown))
        .isEqualTo("Loss \\mathcal{L}_{a*b} and\n\\sum_i x_i^2\nand \\alpha.");
  }

  @Test
  void plainTextKeepsCodeContent() {
    String markdown = "Call `f(x) = $x$`:\n\n```python\nfor i in range(3):\n    print(i)\n```\n";

    assertThat(SummaryMarkdown.plainText(markdown))
        .isEqualTo("Call f(x) = $x$:\nfor i in range(3):\n    print(i)");
  }

  @Test
  void plainTextDropsRawHtmlTagsButKeepsTheirText() {
    String markdown = "Some <b>bold</b> words.\n\n<div class=\"x\">\nblock text\n</div>\n";

    assertThat(SummaryMarkdown.plainText(markdown))
        .doesNotContain("<", ">")
        .contains("Some bold words.", "block text");
  }

  @Test
  void plainTextPutsEachTableCellOnItsOwnLine() {
    String markdown = "| Model | BLEU |\n|---|---|\n| big | $28.4$ |\n";

    assertThat(SummaryMarkdown.plainText(markdown)).isEqualTo("Model\nBLEU\nbig\n28.4");
  }

  @Test
  void summaryOfExactlyOneHundredThousandCharsIsAccepted() {
    String markdown = "a".repeat(SummaryMarkdown.MAX_MARKDOWN_CHARS);

    assertThat(SummaryMarkdown.toHtml(markdown)).isEqualTo("<p>" + markdown + "</p>\n");
    assertThat(SummaryMarkdown.plainText(markdown)).isEqualTo(markdown);
  }

  @Test
  void summaryOverOneHundredThousandCharsIsRefused() {
    String markdown = "a".repeat(SummaryMarkdown.MAX_MARKDOWN_CHARS + 1);

    assertThatThrownBy(() -> SummaryMarkdown.toHtml(markdown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a summary has at most 100,000 characters; this one has 100,001");
    assertThatThrownBy(() -> SummaryMarkdown.plainText(markdown))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thousandsOfUnclosedDelimitersRenderAsText() {
    // A hostile input kept as a fixture: scanning from every "\\(" to the end took 14 s on it
    // (2-core box) before MathSpanParser remembered failed scans; tens of milliseconds now.
    String markdown = "\\(".repeat(SummaryMarkdown.MAX_MARKDOWN_CHARS / 2);

    String html = SummaryMarkdown.toHtml(markdown);

    assertThat(html).doesNotContain("<span");
  }

  @Test
  void deeplyNestedMarkdownRendersWithoutOverflowingTheStack() {
    String quotes = ">".repeat(50_000) + " $x$";
    String images = "![".repeat(29_000) + "x" + "](u)".repeat(10_000);

    assertThat(SummaryMarkdown.toHtml(quotes)).contains("data-tex=\"x\"");
    assertThat(SummaryMarkdown.plainText(images)).isNotEmpty();
  }

  private static void assertHarmless(String html) {
    for (Element element : Jsoup.parseBodyFragment(html).body().children().select("*")) {
      String tag = element.normalName();
      assertThat(FORBIDDEN).as("element in %s", html).doesNotContain(tag);
      assertThat(ALLOWED).as("element in %s", html).containsKey(tag);
      for (Attribute attribute : element.attributes()) {
        assertHarmless(tag, attribute, html);
      }
    }
  }

  private static void assertHarmless(String tag, Attribute attribute, String html) {
    String name = attribute.getKey().toLowerCase(Locale.ROOT);
    assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
    assertThat(ALLOWED.get(tag)).as("attribute of <%s> in %s", tag, html).contains(name);
    if (name.equals("href") || name.equals("src")) {
      String url =
          attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "");
      for (String scheme : BAD_SCHEMES) {
        assertThat(url).as("%s in %s", name, html).doesNotStartWith(scheme);
      }
    }
    if (tag.equals("img") && name.equals("src")) {
      assertThat(attribute.getValue()).as("image source in %s", html).startsWith("https://");
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(SummaryMarkdownTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
