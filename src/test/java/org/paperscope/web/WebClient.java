package org.paperscope.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.paperscope.web.search.SearchLinks;

/** A tiny HTTP client for the tests, against a server on localhost. */
public final class WebClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  WebClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public String base() {
    return base;
  }

  /** GETs a path with its query string, already percent-encoded. */
  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * POSTs a body, asking to continue first: a server that refuses the body answers before it is
   * sent, instead of resetting the connection mid-upload.
   */
  public HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request without a body, e.g. HEAD or DELETE, to a path already percent-encoded. */
  public HttpResponse<String> send(String method, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** An answer read off the socket: status, headers by lower-case name, body as UTF-8. */
  public record RawResponse(int status, Map<String, String> headers, String body) {}

  /**
   * Writes {@code requestHead} (request line and headers, without the closing blank line) as is,
   * bytes the HTTP client would refuse to send, and reads the answer until the server closes.
   */
  public RawResponse raw(String requestHead) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", URI.create(base).getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestHead + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      String[] parts =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .split("\r\n\r\n", 2);
      String[] lines = parts[0].split("\r\n");
      Map<String, String> headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        String[] field = lines[i].split(":\\s*", 2);
        headers.put(field[0].toLowerCase(Locale.ROOT), field.length > 1 ? field[1] : "");
      }
      return new RawResponse(
          Integer.parseInt(lines[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
    }
  }

  /** Percent-encodes a query-string value. */
  public static String enc(String value) {
    return SearchLinks.encode(value);
  }
}
