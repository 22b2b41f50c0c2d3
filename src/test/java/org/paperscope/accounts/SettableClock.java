package org.paperscope.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that tests move by hand. Not thread-safe. */
final class SettableClock extends Clock {
  private long millis;

  SettableClock(long millis) {
    this.millis = millis;
  }

  void set(long value) {
    millis = value;
  }

  void advance(long byMillis) {
    millis += byMillis;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }
}
