package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalUrlsTest {
  @Test
  void onlyAbsoluteWebUrlsBecomeLinks() {
    assertThat(ExternalUrls.safe("https://openreview.net/pdf?id=x"))
        .isEqualTo("https://openreview.net/pdf?id=x");
    assertThat(ExternalUrls.safe(" HTTP://example.org/a ")).isEqualTo("HTTP://example.org/a");
    assertThat(ExternalUrls.safe("javascript:alert(1)")).isNull();
    assertThat(ExternalUrls.safe("JavaScript:alert(1)")).isNull();
    assertThat(ExternalUrls.safe("data:text/html,<script>")).isNull();
    assertThat(ExternalUrls.safe("//evil.example/x")).isNull();
    assertThat(ExternalUrls.safe("/relative")).isNull();
    assertThat(ExternalUrls.safe("http://")).isNull();
    assertThat(ExternalUrls.safe("not a url")).isNull();
    assertThat(ExternalUrls.safe(null)).isNull();
  }
}
