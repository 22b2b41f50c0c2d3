package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperscope.i18n.UiLanguage;
import org.paperscope.i18n.UiLanguages;

/**
 * Every interface language is complete: each bundle has every key of the English one and no other,
 * each message parses, uses the same arguments and, for markup, the same tags.
 */
class BundlesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern TAG = Pattern.compile("</?[a-z]+");

  private static Properties bundle(String suffix) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream("/web/messages" + suffix + ".properties")) {
      assertThat(in).as("bundle messages%s.properties", suffix).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyLanguageHasEveryKeyWithTheSameArgumentsAndTags() throws IOException {
    Properties english = bundle("");
    for (UiLanguage language : UiLanguages.ALL) {
      if (language.equals(UiLanguages.ENGLISH)) {
        continue;
      }
      Properties other = bundle("_" + language.tag());
      assertThat(other.stringPropertyNames())
          .as("keys of messages_%s", language.tag())
          .isEqualTo(english.stringPropertyNames());
      for (String key : english.stringPropertyNames()) {
        String en = english.getProperty(key);
        String translated = other.getProperty(key);
        assertThat(matches(ARGUMENT, translated)).as(key).isEqualTo(matches(ARGUMENT, en));
        if (key.endsWith(".html")) {
          assertThat(matches(TAG, translated)).as(key).isEqualTo(matches(TAG, en));
        }
        new MessageFormat(translated, language.locale()); // throws when malformed
      }
    }
  }

  @Test
  void arabicCountsTakeTheirPluralForms() {
    Messages arabic = Messages.forLocale(Locale.forLanguageTag("ar"));
    assertThat(arabic.get("results.count", 257L)).isEqualTo("257 نتيجة");
    assertThat(arabic.get("results.count", 3)).isEqualTo("3 نتائج");
    assertThat(arabic.get("results.count", 2)).isEqualTo("نتيجتان");
    assertThat(arabic.get("results.count", 1)).isEqualTo("نتيجة واحدة");
    assertThat(arabic.get("results.count", 0)).isEqualTo("لا توجد نتائج");
    assertThat(arabic.get("results.count", 20_090L)).isEqualTo("20,090 نتيجة");
    assertThat(arabic.direction()).isEqualTo("rtl");
  }

  @Test
  void requestScopedWordsFollowTheLanguageSetForTheThread() throws Exception {
    Messages scoped = Messages.requestScoped();
    assertThat(scoped.get("search.button")).isEqualTo("Search");
    scoped.serve(Messages.forLocale(Locale.forLanguageTag("ar")));
    assertThat(scoped.get("search.button")).isEqualTo(bundle("_ar").getProperty("search.button"));
    assertThat(scoped.locale().getLanguage()).isEqualTo("ar");
    // Another thread serves another request.
    String[] elsewhere = new String[1];
    Thread other = Thread.ofPlatform().start(() -> elsewhere[0] = scoped.get("search.button"));
    other.join();
    assertThat(elsewhere[0]).isEqualTo("Search");
    scoped.done();
    assertThat(scoped.get("search.button")).isEqualTo("Search");
  }

  @Test
  void datesAreWrittenTheLanguagesWay() {
    java.time.Instant day = java.time.Instant.parse("2026-11-30T10:00:00Z");
    assertThat(Messages.ENGLISH.date(day)).isEqualTo("Nov 30, 2026");
    assertThat(Messages.forLocale(Locale.forLanguageTag("ar")).date(day))
        .contains("2026")
        .doesNotContain("Nov");
  }
}
