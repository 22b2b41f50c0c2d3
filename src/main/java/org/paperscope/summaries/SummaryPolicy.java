package org.paperscope.summaries;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered summary passes: the elements Markdown produces and nothing else.
 * Links keep only http, https, mailto or relative URLs and get {@code rel="nofollow noopener
 * noreferrer"}; images keep only https sources, and an image without one is dropped. No style, no
 * class, no event handler survives. Immutable and thread-safe.
 */
final class SummaryPolicy {
  // Added by hand: requireRelsOnLinks orders the three words differently from one JVM to the next.
  private static final String LINK_RELS = "nofollow noopener noreferrer";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6")
          .allowElements("em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li")
          .allowElements("table", "thead", "tbody", "tr", "th", "td")
          .allowElements(SummaryPolicy::withRels, "a")
          .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
          .allowAttributes("start")
          .matching(DIGITS)
          .onElements("ol")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("src")
          .matching(SummaryPolicy::isHttpsUrl)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .toFactory();

  private SummaryPolicy() {}

  /**
   * The allowed part of {@code html}, as HTML. The text inside a removed element is kept as text,
   * except inside elements whose content is not text ({@code script}, {@code style} and the like).
   */
  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }

  /**
   * Whether {@code url} (not null) is an absolute https URL, the only kind of image source kept.
   */
  static boolean isHttpsUrl(String url) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  /** Adds {@link #LINK_RELS} to a link that kept its href; a link without one is dropped. */
  private static String withRels(String element, List<String> attributes) {
    if (hasAttribute(attributes, "href")) {
      attributes.add("rel");
      attributes.add(LINK_RELS);
    }
    return element;
  }

  /**
   * Whether an OWASP attribute list (name, value, name, value, …) has an attribute {@code name}.
   */
  private static boolean hasAttribute(List<String> attributes, String name) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
