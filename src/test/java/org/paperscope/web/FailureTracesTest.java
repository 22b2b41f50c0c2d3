package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureTracesTest {
  @Test
  void onlyTheFirstOfAnIdenticalFailureGetsItsTrace() {
    FailureTraces traces = new FailureTraces();
    assertThat(traces.firstTime(new IllegalStateException("boom"))).isTrue();
    for (int i = 0; i < 1000; i++) {
      assertThat(traces.firstTime(new IllegalStateException("boom"))).isFalse();
    }
  }

  @Test
  void anotherClassOrMessageGetsItsOwnTrace() {
    FailureTraces traces = new FailureTraces();
    assertThat(traces.firstTime(new IllegalStateException("boom"))).isTrue();
    assertThat(traces.firstTime(new IllegalStateException("bang"))).isTrue();
    assertThat(traces.firstTime(new IllegalArgumentException("boom"))).isTrue();
    assertThat(traces.firstTime(new IllegalArgumentException("boom"))).isFalse();
  }

  @Test
  void distinctFailuresGetTracesUpToTheBoundOnly() {
    FailureTraces traces = new FailureTraces();
    int logged = 0;
    for (int i = 0; i < 10 * FailureTraces.MAX_TRACES; i++) {
      logged += traces.firstTime(new IllegalStateException("failure " + i)) ? 1 : 0;
    }
    assertThat(logged).isEqualTo(FailureTraces.MAX_TRACES);
  }

  @Test
  void descriptionIsOneBoundedLine() {
    String description = FailureTraces.describe(new IllegalStateException("a\nb".repeat(1000)));
    assertThat(description)
        .startsWith("java.lang.IllegalStateException: a b")
        .doesNotContain("\n")
        .hasSizeLessThan(FailureTraces.MAX_MESSAGE_CHARS + 40);
  }
}
