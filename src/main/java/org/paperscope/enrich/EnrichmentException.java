package org.paperscope.enrich;

/** One paper cannot be enriched (its input is missing or unreadable); the run goes on. */
public final class EnrichmentException extends Exception {
  public EnrichmentException(String message) {
    super(message);
  }

  public EnrichmentException(String message, Throwable cause) {
    super(message, cause);
  }
}
