package org.paperscope.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A local HTTP server on port 0 that answers recorded API responses: each request's path and query
 * is looked up in a function that returns the answer (status, headers, body). Requests are logged
 * with their User-Agent. For harvest tests; nothing leaves the machine.
 */
public final class RecordedApi implements AutoCloseable {
  /** One answer. */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    public static Answer ok(String body) {
      return new Answer(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer status(int status, Map<String, String> headers) {
      return new Answer(status, headers, new byte[0]);
    }
  }

  /** A request seen: its path with query, and its User-Agent. */
  public record Request(String pathAndQuery, String userAgent) {}

  private final HttpServer server;
  public final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  public final Map<String, Integer> counts = new ConcurrentHashMap<>();

  public RecordedApi(Function<String, Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String target =
              exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery());
          requests.add(new Request(target, exchange.getRequestHeaders().getFirst("User-Agent")));
          counts.merge(exchange.getRequestURI().getRawPath(), 1, Integer::sum);
          answer(exchange, answers.apply(target));
        });
    server.start();
  }

  private static void answer(HttpExchange exchange, Answer answer) throws IOException {
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(
        answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
    if (answer.body().length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
    exchange.close();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
