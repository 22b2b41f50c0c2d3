package org.paperscope.web;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides which failures get their stack trace logged: the first of each exception class and
 * message, for at most {@link #MAX_TRACES} distinct ones over the server's life, so a flood of
 * failures, identical or not, cannot fill the disk with traces.
 *
 * <p>Thread-safe.
 */
final class FailureTraces {
  /** Distinct failures whose trace is logged; later ones log their one line only. */
  static final int MAX_TRACES = 100;

  /** Characters of an exception message kept in the log line and in the key. */
  static final int MAX_MESSAGE_CHARS = 200;

  private final Set<String> seen = new HashSet<>();

  /**
   * True the first time this exception's class and message are seen, while fewer than {@link
   * #MAX_TRACES} have been; false afterwards.
   */
  synchronized boolean firstTime(Throwable e) {
    return seen.size() < MAX_TRACES && seen.add(describe(e));
  }

  /** The exception's class name and its message, cut to {@link #MAX_MESSAGE_CHARS}. */
  static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    return e.getClass().getName() + ": " + message.replaceAll("[\\r\\n]+", " ");
  }
}
