package org.paperscope.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} attempts per key (an IP address, an account name) in any sliding window of
 * {@code window}: login and registration limits. Kept in memory, per server; keys whose attempts
 * have all expired are dropped, so memory follows the attempts of the last window.
 *
 * <p>Thread-safe.
 */
public final class AttemptLimiter {
  private final int max;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Deque<Long>> attempts = new HashMap<>();

  public AttemptLimiter(int max, Duration window, Clock clock) {
    this.max = max;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /** Counts an attempt for {@code key} and says whether it is within the limit. */
  public synchronized boolean tryAcquire(String key) {
    long now = clock.millis();
    Deque<Long> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    expire(times, now);
    if (times.size() >= max) {
      return false;
    }
    times.addLast(now);
    return true;
  }

  /** Seconds until {@code key} may try again (at least 1), or 0 when it may now. */
  public synchronized long retryAfterSeconds(String key) {
    Deque<Long> times = attempts.get(key);
    long now = clock.millis();
    if (times == null) {
      return 0;
    }
    expire(times, now);
    if (times.size() < max) {
      return 0;
    }
    return Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000);
  }

  /** Forgets {@code key}'s attempts (a successful login clears the account's failures). */
  public synchronized void reset(String key) {
    attempts.remove(key);
  }

  private void expire(Deque<Long> times, long now) {
    while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
      times.removeFirst();
    }
    if (attempts.size() > 10_000) {
      attempts.values().removeIf(Deque::isEmpty);
    }
  }
}
