package org.paperscope.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
  private final SettableClock clock = new SettableClock(0);

  @Test
  void refusesAttemptsPastTheLimitUntilTheWindowSlides() {
    AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(10), clock);
    assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
    clock.set(60_000);
    assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
    assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
    assertThat(limiter.tryAcquire("1.2.3.4")).isFalse();
    assertThat(limiter.tryAcquire("5.6.7.8")).isTrue();
    assertThat(limiter.retryAfterSeconds("1.2.3.4")).isEqualTo(540);
    clock.set(600_000); // the first attempt leaves the window
    assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
    assertThat(limiter.tryAcquire("1.2.3.4")).isFalse();
  }

  @Test
  void resetForgetsAKeysAttempts() {
    AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(1), clock);
    assertThat(limiter.tryAcquire("ada")).isTrue();
    assertThat(limiter.tryAcquire("ada")).isFalse();
    limiter.reset("ada");
    assertThat(limiter.retryAfterSeconds("ada")).isZero();
    assertThat(limiter.tryAcquire("ada")).isTrue();
  }
}
