package org.paperscope.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
  private final List<Duration> waits = new ArrayList<>();

  private PoliteFetcher fetcher(Duration delay, long maxBytes) {
    PoliteFetcher.Options options =
        new PoliteFetcher.Options(
            delay, 3, Duration.ofMinutes(5), maxBytes, Duration.ofSeconds(10));
    return new PoliteFetcher(options, waits::add);
  }

  @Test
  void requestsWaitTheirTurnAndNameTheirAgent() throws IOException {
    try (RecordedApi api = new RecordedApi(path -> RecordedApi.Answer.ok("hello"))) {
      PoliteFetcher fetcher = fetcher(Duration.ofSeconds(3), 1_000);
      assertThat(new String(fetcher.get(api.base().resolve("/a")), StandardCharsets.UTF_8))
          .isEqualTo("hello");
      fetcher.get(api.base().resolve("/b"));
      assertThat(waits)
          .singleElement()
          .satisfies(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3)));
      assertThat(api.requests).allSatisfy(r -> assertThat(r.userAgent()).startsWith("PaperScope/"));
    }
  }

  @Test
  void a503IsRetriedAfterTheWaitItAsks() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    try (RecordedApi api =
        new RecordedApi(
            path ->
                calls.incrementAndGet() == 1
                    ? RecordedApi.Answer.status(503, Map.of("Retry-After", "7"))
                    : RecordedApi.Answer.ok("at last"))) {
      PoliteFetcher fetcher = fetcher(Duration.ZERO, 1_000);
      assertThat(new String(fetcher.get(api.base().resolve("/x")), StandardCharsets.UTF_8))
          .isEqualTo("at last");
      assertThat(waits).contains(Duration.ofSeconds(7));
      assertThat(calls).hasValue(2);
    }
  }

  @Test
  void errorsTooLargeBodiesAndRedirectLoopsFailNamingTheUrl() throws IOException {
    try (RecordedApi api =
        new RecordedApi(
            path ->
                switch (path) {
                  case "/missing" -> RecordedApi.Answer.status(404, Map.of());
                  case "/loop" -> RecordedApi.Answer.status(302, Map.of("Location", "/loop"));
                  case "/always-busy" -> RecordedApi.Answer.status(503, Map.of("Retry-After", "1"));
                  default -> RecordedApi.Answer.ok("x".repeat(5_000));
                })) {
      PoliteFetcher fetcher = fetcher(Duration.ZERO, 1_000);
      assertThatThrownBy(() -> fetcher.get(api.base().resolve("/missing")))
          .hasMessageContaining("/missing: HTTP 404");
      assertThatThrownBy(() -> fetcher.get(api.base().resolve("/huge")))
          .hasMessageContaining("over 1000 bytes");
      assertThatThrownBy(() -> fetcher.get(api.base().resolve("/loop")))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> fetcher.get(api.base().resolve("/always-busy")))
          .hasMessageContaining("503");
    }
  }

  @Test
  void anUnreachableHostIsOneClearError() {
    PoliteFetcher fetcher = fetcher(Duration.ZERO, 1_000);
    assertThatThrownBy(() -> fetcher.get(java.net.URI.create("http://127.0.0.1:1/api")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unreachable");
  }
}
