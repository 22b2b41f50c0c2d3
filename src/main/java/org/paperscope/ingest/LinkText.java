package org.paperscope.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.paper.PaperText;

/**
 * Turns a link field as sources write it into an absolute http(s) URL.
 *
 * <p>Accepts a plain URL, a Markdown link {@code [label](url)} (papercopilot's {@code github}
 * field; the first absolute link wins), or a scheme-less web address such as {@code github.com/a/b}
 * (gets {@code https://}). Anything else (relative paths, {@code javascript:} or {@code file:}
 * URLs, several URLs in one field) is dropped rather than rejected: links are auxiliary, and a link
 * the web UI would render must never be script. Stateless and thread-safe.
 */
final class LinkText {
  /** The target of a Markdown link; image links inside the label are relative, so skipped. */
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\]\\((https?://[^\\s)]+)\\)", Pattern.CASE_INSENSITIVE);

  private static final Pattern HTTP_URL =
      Pattern.compile("https?://[^\\s/?#]+\\S*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_ADDRESS =
      Pattern.compile("(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?:/\\S*)?");

  private LinkText() {}

  /** Returns the URL in {@code raw}, or null when it holds none or it is not http(s). */
  static String url(String raw) {
    String text = PaperText.clean(raw);
    if (text == null) {
      return null;
    }
    Matcher markdown = MARKDOWN_LINK.matcher(text);
    if (markdown.find()) {
      text = markdown.group(1);
    }
    if (hasHttpScheme(text)) {
      return HTTP_URL.matcher(text).matches() ? text : null;
    }
    return BARE_ADDRESS.matcher(text).matches() ? "https://" + text : null;
  }

  private static boolean hasHttpScheme(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
