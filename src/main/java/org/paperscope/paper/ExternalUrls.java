package org.paperscope.paper;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a URL from paper data (PDF, code, video links) may become a link: only absolute
 * {@code http} and {@code https} URLs do, so a hostile record cannot plant a {@code javascript:} or
 * {@code data:} link. Escaping is the template's job; this only rejects schemes.
 */
public final class ExternalUrls {
  private ExternalUrls() {}

  /** The URL when it is an absolute http(s) URL with a host, otherwise {@code null}. */
  public static String safe(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
