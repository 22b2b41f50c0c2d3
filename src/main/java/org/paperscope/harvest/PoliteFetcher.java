package org.paperscope.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs one URL at a time the way public APIs ask: at least {@link Options#delay} between the start
 * of two requests, a User-Agent naming PaperScope, on 503 (or 429) the wait its {@code Retry-After}
 * asks (at most {@link Options#maxRetryWait}, at most {@link Options#retries} times), redirects
 * followed (a loop fails), bodies over {@link Options#maxBytes} refused. Proxies come from the
 * standard system properties ({@code https.proxyHost} …).
 *
 * <p>Thread-safe: requests queue behind each other.
 */
public final class PoliteFetcher {
  /** What PaperScope tells the APIs it calls. */
  public static final String USER_AGENT =
      "PaperScope/0.1 (self-hosted search for machine-learning papers; harvest)";

  /**
   * How to behave.
   *
   * @param delay the least time between two requests (arXiv asks 3 s)
   * @param retries how often a 503 or 429 is retried
   * @param maxRetryWait the longest {@code Retry-After} honoured; longer is a failure
   * @param maxBytes the largest body accepted
   * @param timeout connect and response timeout
   */
  public record Options(
      Duration delay, int retries, Duration maxRetryWait, long maxBytes, Duration timeout) {
    /** arXiv's terms: 3 seconds between requests; 50 MiB bodies; 5 retries. */
    public static final Options ARXIV =
        new Options(
            Duration.ofSeconds(3), 5, Duration.ofMinutes(5), 50L << 20, Duration.ofSeconds(60));

    /** This with another delay (tests, mirrors). */
    public Options withDelay(Duration value) {
      return new Options(value, retries, maxRetryWait, maxBytes, timeout);
    }
  }

  /** Waits; tests pass one that records instead. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpClient http;
  private final Options options;
  private final Pause pause;
  private long lastStartNanos;
  private boolean first = true;

  public PoliteFetcher(Options options, Pause pause) {
    this.options = options;
    this.pause = pause;
    this.http =
        HttpClient.newBuilder()
            // The JVM's proxy selector reads https.proxyHost, http.nonProxyHosts and the like.
            .proxy(java.net.ProxySelector.getDefault())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(options.timeout())
            .build();
  }

  /**
   * A fetched body and the media type the server gave it.
   *
   * @param body the bytes
   * @param contentType the {@code Content-Type} header, or empty
   */
  public record Fetched(byte[] body, String contentType) {}

  /**
   * The body of {@code uri}.
   *
   * @throws IOException naming the URL: unreachable, an HTTP error, too large, too many redirects
   */
  public byte[] get(URI uri) throws IOException {
    return fetch(uri).body();
  }

  /**
   * The body of {@code uri} with its media type.
   *
   * @throws IOException naming the URL: unreachable, an HTTP error, too large, too many redirects
   */
  public synchronized Fetched fetch(URI uri) throws IOException {
    for (int attempt = 0; ; attempt++) {
      waitTurn();
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if ((status == 503 || status == 429) && attempt < options.retries()) {
        Duration wait = retryAfter(response).orElse(options.delay().multipliedBy(attempt + 2L));
        response.body().close();
        if (wait.compareTo(options.maxRetryWait()) > 0) {
          throw new IOException(
              uri + ": " + status + " and Retry-After " + wait.toSeconds() + " s");
        }
        sleep(wait);
        continue;
      }
      if (status / 100 != 2) {
        response.body().close();
        throw new IOException(uri + ": HTTP " + status);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Fetched(read(uri, response), type);
    }
  }

  private HttpResponse<InputStream> send(URI uri) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("User-Agent", USER_AGENT)
            .timeout(options.timeout())
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw new IOException(
          uri.getHost() + " is unreachable (" + e.getMessage() + "); offline?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted fetching " + uri);
    }
  }

  private byte[] read(URI uri, HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > options.maxBytes()) {
          throw new IOException(uri + ": the response is over " + options.maxBytes() + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private void waitTurn() throws IOException {
    if (!first) {
      long since = System.nanoTime() - lastStartNanos;
      Duration left = options.delay().minusNanos(since);
      if (!left.isNegative() && !left.isZero()) {
        sleep(left);
      }
    }
    first = false;
    lastStartNanos = System.nanoTime();
  }

  private void sleep(Duration duration) throws IOException {
    try {
      pause.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting between requests");
    }
  }

  /** {@code Retry-After} in seconds (the HTTP-date form counts as absent). */
  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
  }
}
