package org.paperscope.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import gg.jte.Content;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every word the web pages show, in one language: the bundle {@code web/messages.properties}
 * (English; {@code messages_ar.properties} beside it, UTF-8), each message looked up by a dotted
 * key ({@code results.count}) and formatted with ICU's {@link MessageFormat} in the bundle's locale
 * (Latin digits), so a count picks its plural by the language's own rules: a choice format in
 * English ({@code {0,choice,0#No results|1#1 result|1<{0,number,integer} results}}), the six CLDR
 * plural forms in Arabic ({@code {0,plural,zero{…} one{…} two{…} few{# نتائج} many{…} other{#
 * نتيجة}}}). In a pattern a single quote is written twice ({@code authors''}). Keys ending in
 * {@code .html} hold markup; their arguments are HTML-escaped.
 *
 * <p>One instance per language, immutable; or one {@link #requestScoped} instance that speaks the
 * language of the request its thread serves. Thread-safe.
 */
public final class Messages {
  private static final String BUNDLE = "web.messages";
  private static final String HTML_SUFFIX = ".html";

  /** The English words, those of the base bundle. */
  public static final Messages ENGLISH = forLocale(Locale.ENGLISH);

  private final Locale locale;
  private final ULocale formatLocale;
  private final Map<String, String> patterns;

  /** For a request-scoped instance: the words of the request this thread serves. */
  private final ThreadLocal<Messages> current;

  private Messages(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    // Latin digits everywhere: counts and offsets stay the digits people type in URLs and queries.
    this.formatLocale = new ULocale(locale.toLanguageTag().replace('-', '_') + "@numbers=latn");
    this.patterns = patterns;
    this.current = null;
  }

  private Messages() {
    this.locale = Locale.ENGLISH;
    this.formatLocale = ULocale.ENGLISH;
    this.patterns = Map.of();
    this.current = new ThreadLocal<>();
  }

  /**
   * Words that follow the request: every call answers in the language {@link #serve} set for the
   * request the calling thread is serving, English outside a request. Pages and routes hold one
   * such instance; the server sets it before each request and clears it after.
   */
  public static Messages requestScoped() {
    return new Messages();
  }

  /** Makes this request-scoped instance speak {@code words} on this thread until {@link #done}. */
  public void serve(Messages words) {
    if (current == null) {
      throw new IllegalStateException("not a request-scoped Messages");
    }
    current.set(words);
  }

  /** Ends {@link #serve} on this thread. */
  public void done() {
    if (current != null) {
      current.remove();
    }
  }

  /** The words that answer now: this instance's own, or for a request-scoped one the request's. */
  private Messages target() {
    if (current == null) {
      return this;
    }
    Messages words = current.get();
    return words == null ? ENGLISH : words;
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
    return target().locale;
  }

  /** {@code rtl} for a language written right to left, else {@code ltr}, for {@code <html dir>}. */
  public String direction() {
    return org.paperscope.i18n.UiLanguages.find(locale().toLanguageTag())
            .map(org.paperscope.i18n.UiLanguage::rightToLeft)
            .orElse(false)
        ? "rtl"
        : "ltr";
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
    Messages words = target();
    return new MessageFormat(words.pattern(key), words.formatLocale).format(args);
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
    Messages words = target();
    String markup = new MessageFormat(words.pattern(key), words.formatLocale).format(escaped);
    return output -> output.writeContent(markup);
  }

  /** A whole number as this language writes it, e.g. "20,090". */
  public String number(long n) {
    Messages words = target();
    return NumberFormat.getIntegerInstance(words.formatLocale).format(n);
  }

  /**
   * A day as this language writes dates ("30 Nov 2026", "٣٠‏/١١‏/٢٠٢٦" in Latin digits), in UTC.
   */
  public String date(java.time.Instant instant) {
    Messages words = target();
    com.ibm.icu.text.DateFormat format =
        com.ibm.icu.text.DateFormat.getDateInstance(
            com.ibm.icu.text.DateFormat.MEDIUM, words.formatLocale);
    format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    return format.format(java.util.Date.from(instant));
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
