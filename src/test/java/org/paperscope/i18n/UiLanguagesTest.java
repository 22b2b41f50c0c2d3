package org.paperscope.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiLanguagesTest {
  @Test
  void theParameterWinsOverTheChoiceAndTheBrowser() {
    assertThat(UiLanguages.negotiate("ar", "en", "en-US")).isEqualTo(UiLanguages.ARABIC);
    assertThat(UiLanguages.negotiate("en", "ar", "ar")).isEqualTo(UiLanguages.ENGLISH);
  }

  @Test
  void aChoiceWinsOverTheBrowser() {
    assertThat(UiLanguages.negotiate(null, "ar", "en-US,en;q=0.9")).isEqualTo(UiLanguages.ARABIC);
  }

  @Test
  void acceptLanguageIsReadByQualityAndRegionsFallToTheirLanguage() {
    assertThat(UiLanguages.negotiate(null, null, "fr-FR;q=0.9, ar-EG;q=0.8, en;q=0.5"))
        .as("French is not spoken; Egyptian Arabic is served by ar, before English")
        .isEqualTo(UiLanguages.ARABIC);
    assertThat(UiLanguages.negotiate(null, null, "en;q=0.4, ar;q=0.9"))
        .isEqualTo(UiLanguages.ARABIC);
    assertThat(UiLanguages.negotiate(null, null, "ar;q=0, en")).isEqualTo(UiLanguages.ENGLISH);
  }

  @Test
  void unknownOrMalformedLanguagesFallThroughToEnglish() {
    assertThat(UiLanguages.negotiate("xx", "klingon", "de-DE, fr")).isEqualTo(UiLanguages.ENGLISH);
    assertThat(UiLanguages.negotiate("xx", null, "ar")).isEqualTo(UiLanguages.ARABIC);
    assertThat(UiLanguages.negotiate(null, null, ";;;q=abc")).isEqualTo(UiLanguages.ENGLISH);
    assertThat(UiLanguages.negotiate(null, null, null)).isEqualTo(UiLanguages.ENGLISH);
  }

  @Test
  void arabicIsWrittenRightToLeft() {
    assertThat(UiLanguages.ARABIC.direction()).isEqualTo("rtl");
    assertThat(UiLanguages.ENGLISH.direction()).isEqualTo("ltr");
    assertThat(UiLanguages.find("AR_eg")).contains(UiLanguages.ARABIC);
  }
}
