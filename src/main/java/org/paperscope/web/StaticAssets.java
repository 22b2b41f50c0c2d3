package org.paperscope.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files served under {@code /static/}, read once from the jar: PaperScope's own stylesheet,
 * scripts and icon ({@code web/static/}), and KaTeX's script, stylesheet and fonts from its WebJar
 * under {@code katex/}. No CDN and no file system access: a name not in the table is 404, so a path
 * can never escape.
 *
 * <p>Immutable and thread-safe.
 */
final class StaticAssets {
  /** PaperScope's files, with their media types; anything else under /static/ is 404. */
  private static final Map<String, String> FILES =
      Map.of(
          "app.css", "text/css; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "math.js", "text/javascript; charset=utf-8",
          "editor.js", "text/javascript; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  /** The KaTeX WebJar's coordinates, whose properties file names the version in its path. */
  private static final String KATEX_POM = "/META-INF/maven/org.webjars.npm/katex/pom.properties";

  /** The fonts katex.min.css loads, which are the fonts served. */
  private static final Pattern FONT_URL = Pattern.compile("url\\(fonts/([A-Za-z0-9_.-]+)\\)");

  private static final Map<String, String> FONT_TYPES =
      Map.of("woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf");

  private final Map<String, Asset> assets = new HashMap<>();

  /** A file's bytes, media type and an ETag of its content. */
  record Asset(byte[] bytes, String mediaType, String etag) {}

  StaticAssets() {
    FILES.forEach((name, type) -> assets.put(name, load("/web/static/" + name, type)));
    String katex = "/META-INF/resources/webjars/katex/" + katexVersion() + "/dist/";
    Asset css = load(katex + "katex.min.css", "text/css; charset=utf-8");
    assets.put("katex/katex.min.css", css);
    assets.put(
        "katex/katex.min.js", load(katex + "katex.min.js", "text/javascript; charset=utf-8"));
    Matcher fonts = FONT_URL.matcher(new String(css.bytes(), StandardCharsets.UTF_8));
    while (fonts.find()) {
      String font = fonts.group(1);
      String type = FONT_TYPES.get(font.substring(font.lastIndexOf('.') + 1));
      if (type != null) {
        assets.put("katex/fonts/" + font, load(katex + "fonts/" + font, type));
      }
    }
  }

  /**
   * The file at {@code name}, a path under /static/ such as "katex/fonts/KaTeX_Main-Regular.woff2".
   */
  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static String katexVersion() {
    Properties pom = new Properties();
    try (InputStream in = StaticAssets.class.getResourceAsStream(KATEX_POM)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + KATEX_POM + " (the KaTeX WebJar)");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + KATEX_POM, e);
    }
    return pom.getProperty("version");
  }

  private static Asset load(String resource, String type) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " in the jar");
      }
      byte[] bytes = in.readAllBytes();
      String etag = "\"" + Integer.toHexString(Arrays.hashCode(bytes)) + "\"";
      return new Asset(bytes, type, etag);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
