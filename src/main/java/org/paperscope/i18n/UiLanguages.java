package org.paperscope.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages, and which one a reader gets: {@code ?lang=} on the request, else the
 * language chosen (cookie, then account), else the best of the browser's {@code Accept-Language}
 * (q-values honoured, {@code ar-EG} served by {@code ar}), else English. A language PaperScope does
 * not speak is passed over at each step.
 */
public final class UiLanguages {
  /** English, the base bundle. */
  public static final UiLanguage ENGLISH = new UiLanguage("en", "English", false);

  /** Arabic: complete. */
  public static final UiLanguage ARABIC = new UiLanguage("ar", "العربية", true);

  /** Every interface language, in the chooser's order. */
  public static final List<UiLanguage> ALL = List.of(ENGLISH, ARABIC);

  private UiLanguages() {}

  /** The interface language for a tag ({@code ar}, {@code AR-eg}), or empty when there is none. */
  public static Optional<UiLanguage> find(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return ALL.stream().filter(l -> l.tag().equals(language)).findFirst();
  }

  /**
   * The reader's interface language.
   *
   * @param parameter {@code ?lang=}, or null
   * @param chosen the language chosen before (cookie or account), or null
   * @param acceptLanguage the {@code Accept-Language} header, or null
   */
  public static UiLanguage negotiate(String parameter, String chosen, String acceptLanguage) {
    return find(parameter)
        .or(() -> find(chosen))
        .or(() -> fromHeader(acceptLanguage))
        .orElse(ENGLISH);
  }

  /** The best language of an {@code Accept-Language} header PaperScope speaks, if any. */
  static Optional<UiLanguage> fromHeader(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed header counts as none
    }
    // Ranges come sorted by q; a range with q=0 means "not this one" and is left out by parse.
    for (Locale.LanguageRange range : ranges) {
      String tag = range.getRange();
      if (tag.equals("*")) {
        return Optional.of(ENGLISH);
      }
      Optional<UiLanguage> found = find(tag);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
