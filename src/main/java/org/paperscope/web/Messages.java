package org.paperscope.web;

import gg.jte.Content;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every word the web pages show, in one language: the bundle {@code web/messages.properties}
 * (English; {@code messages_ar.properties} and the like beside it, UTF-8), each message looked up
 * by a dotted key ({@code results.count}) and formatted with {@link MessageFormat} in the bundle's
 * locale, so a count picks its plural with a choice format ({@code {0,choice,0#No results|1#1
 * result|1<{0,number,integer} results}}). In a pattern a single quote is written twice ({@code
 * authors''}). Keys ending in {@code .html} hold markup; their arguments are HTML-escaped.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {
  private static final String BUNDLE = "web.messages";
  private static final String HTML_SUFFIX = ".html";

  /** The English words, those of the base bundle. */
  public static final Messages ENGLISH = forLocale(Locale.ENGLISH);

  private final Locale locale;
  private final Map<String, String> patterns;

  private Messages(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    this.patterns = patterns;
  }

  /**
   * The words for {@code locale}: its own bundle when there is one ({@code messages_ar}), else
   * English. Loads the bundle; keep the result.
   */
  public static Messages forLocale(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, String> patterns = new HashMap<>();
    bundle.keySet().forEach(key -> patterns.put(key, bundle.getString(key)));
    Locale found = bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
    return new Messages(found, Map.copyOf(patterns));
  }

  /** The language of these words, e.g. for {@code <html lang>}. */
  public Locale locale() {
    return locale;
  }

  /**
   * The plain-text message {@code key} with {@code args} filled in; the template escapes it.
   *
   * @throws IllegalArgumentException for a key not in the bundle or one ending in {@code .html}
   */
  public String get(String key, Object... args) {
    if (key.endsWith(HTML_SUFFIX)) {
      throw new IllegalArgumentException(key + " holds markup; use html()");
    }
    return new MessageFormat(pattern(key), locale).format(args);
  }

  /**
   * The markup message {@code key} with {@code args} filled in, HTML-escaped (numbers as they are),
   * for a template to write as it is.
   *
   * @throws IllegalArgumentException for a key not in the bundle or one not ending in {@code .html}
   */
  public Content html(String key, Object... args) {
    if (!key.endsWith(HTML_SUFFIX)) {
      throw new IllegalArgumentException(key + " is plain text; use get()");
    }
    Object[] escaped = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      escaped[i] = args[i] instanceof CharSequence text ? escape(text.toString()) : args[i];
    }
    String markup = new MessageFormat(pattern(key), locale).format(escaped);
    return output -> output.writeContent(markup);
  }

  /** A whole number as this language writes it, e.g. "20,090". */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private String pattern(String key) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key + " in " + BUNDLE);
    }
    return pattern;
  }

  /** Escapes text for HTML content and quoted attribute values alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append((char) c);
              }
            });
    return out.toString();
  }
}
