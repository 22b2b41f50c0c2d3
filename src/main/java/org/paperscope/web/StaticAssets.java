package org.paperscope.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet, script and icon served under {@code /static/}, read once from the jar ({@code
 * web/static/}); no CDN and no file system access, so a path can never escape.
 *
 * <p>Immutable and thread-safe.
 */
final class StaticAssets {
  /** Every file served, with its media type; anything else under /static/ is 404. */
  private static final Map<String, String> FILES =
      Map.of(
          "app.css", "text/css; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  private final Map<String, Asset> assets = new HashMap<>();

  /** A file's bytes, media type and an ETag of its content. */
  record Asset(byte[] bytes, String mediaType, String etag) {}

  StaticAssets() {
    FILES.forEach((name, type) -> assets.put(name, load(name, type)));
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static Asset load(String name, String type) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("/web/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource web/static/" + name + " in the jar");
      }
      byte[] bytes = in.readAllBytes();
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
      return new Asset(bytes, type, etag);
    } catch (IOException e) {
      throw new UncheckedIOException("reading web/static/" + name, e);
    }
  }
}
