package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundle and its lookup: every key used exists, every key is used, plurals, escaping.
 */
class MessagesTest {
  /** A string literal with a key's shape: dotted lower-case words, e.g. {@code "results.count"}. */
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

  /** A literal passed first to {@link Messages#get} or {@link Messages#html}: always a key. */
  private static final Pattern LOOKUP = Pattern.compile("\\b(?:get|html)\\(\\s*\"([^\"]+)\"");

  private static final Messages EN = Messages.ENGLISH;

  private static Properties bundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/web/messages.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }

  /**
   * The web's Java sources and templates, and the packages whose refusals carry message keys for
   * the web to show (accounts, summaries): all that may use the bundle.
   */
  private static String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root :
        new Path[] {
          Path.of("src/main/java/org/paperscope/web"),
          Path.of("src/main/jte"),
          Path.of("src/main/java/org/paperscope/accounts"),
          Path.of("src/main/java/org/paperscope/summaries")
        }) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|jte)")).toList()) {
          all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return all.toString();
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyKeyTheSourcesUseIsInTheBundle() throws IOException {
    Set<String> keys = bundle().stringPropertyNames();
    String sources = sources();
    // Besides lookups, any literal in a namespace of the bundle (error.no-paper passed to an
    // exception, facet.venue in a switch) is a key.
    Set<String> namespaces =
        keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    Set<String> used = matches(LOOKUP, sources);
    matches(KEY_LITERAL, sources).stream()
        .filter(k -> namespaces.contains(k.substring(0, k.indexOf('.'))))
        .forEach(used::add);
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(used).as("keys missing from web/messages.properties").isSubsetOf(keys);
  }

  @Test
  void everyKeyInTheBundleIsUsed() throws IOException {
    String sources = sources();
    Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
    unused.removeIf(key -> sources.contains("\"" + key + "\""));
    assertThat(unused).as("keys no source uses").isEmpty();
  }

  @Test
  void everyMessageIsAPatternWithItsApostrophesDoubled() throws IOException {
    Properties bundle = bundle();
    for (String key : bundle.stringPropertyNames()) {
      String pattern = bundle.getProperty(key);
      new MessageFormat(pattern, Locale.ENGLISH); // throws on a malformed pattern
      // A lone quote starts a quoted run in MessageFormat and vanishes from the page.
      assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
    }
  }

  @Test
  void countsPickTheirPluralAndGroupTheirDigits() {
    assertThat(EN.get("results.count", 0)).isEqualTo("No results");
    assertThat(EN.get("results.count", 1)).isEqualTo("1 result");
    assertThat(EN.get("results.count", 257L)).isEqualTo("257 results");
    assertThat(EN.get("results.count", 20_090L)).isEqualTo("20,090 results");
    assertThat(EN.get("tags.summary.match", 1, 9_703, "graph"))
        .isEqualTo("1 of 9,703 tags matches “graph”.");
    assertThat(EN.get("tags.summary.match", 37, 9_703, "graph"))
        .isEqualTo("37 of 9,703 tags match “graph”.");
    assertThat(EN.get("tags.summary", 1))
        .isEqualTo(
            "1 tag, from the authors' keywords and, for papers without any, automatic tags.");
    assertThat(EN.number(1_234_567)).isEqualTo("1,234,567");
  }

  @Test
  void markupMessagesEscapeTheirArgumentsButNotTheirMarkup() {
    StringOutput out = new StringOutput();
    EN.html("results.suggestion.html", "/search?q=a&b=\"c\"", "<script>x</script>").writeTo(out);
    assertThat(out.toString())
        .isEqualTo(
            "Did you mean: <a href=\"/search?q=a&amp;b=&#34;c&#34;\">&lt;script&gt;x&lt;/script&gt;"
                + "</a>?");
  }

  @Test
  void plainAndMarkupMessagesAreNotMixedUpNorMissing() {
    assertThatThrownBy(() -> EN.get("results.suggestion.html", "/", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EN.html("results.count", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EN.get("no.such.key")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLanguageWithoutItsOwnBundleGetsEnglish() {
    Messages japanese = Messages.forLocale(Locale.forLanguageTag("ja"));
    assertThat(japanese.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(japanese.get("results.count", 2)).isEqualTo("2 results");
    assertThat(EN.locale().toLanguageTag()).isEqualTo("en");
  }
}
