package org.paperscope.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's routes, collected per path so that each path answers the methods it serves and a 405
 * with the right {@code Allow} header for the others. GET paths also answer HEAD.
 *
 * <p>Not thread-safe: built once while the server is configured.
 */
final class RouteTable {
  private static final List<HandlerType> METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.HEAD,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.DELETE,
          HandlerType.PATCH);

  private final Map<String, Map<HandlerType, Handler>> paths = new LinkedHashMap<>();

  /** Serves {@code path} for GET and HEAD (the same answer without its body). */
  RouteTable onGet(String path, Handler handler) {
    add(path, HandlerType.GET, handler);
    return add(path, HandlerType.HEAD, handler);
  }

  RouteTable onPost(String path, Handler handler) {
    return add(path, HandlerType.POST, handler);
  }

  RouteTable onPut(String path, Handler handler) {
    return add(path, HandlerType.PUT, handler);
  }

  RouteTable onDelete(String path, Handler handler) {
    return add(path, HandlerType.DELETE, handler);
  }

  private RouteTable add(String path, HandlerType method, Handler handler) {
    Handler previous = paths.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
    if (previous != null) {
      throw new IllegalStateException(method + " " + path + " is routed twice");
    }
    return this;
  }

  /** Registers every route, and 405 answers for the methods a path does not serve. */
  void install(JavalinConfig config, HttpErrors errors) {
    paths.forEach(
        (path, handlers) -> {
          String allow =
              handlers.keySet().stream().map(HandlerType::name).collect(Collectors.joining(", "));
          for (HandlerType method : METHODS) {
            Handler handler = handlers.get(method);
            config.routes.addHttpHandler(
                method,
                path,
                handler != null ? handler : ctx -> errors.methodNotAllowed(ctx, allow));
          }
        });
  }
}
