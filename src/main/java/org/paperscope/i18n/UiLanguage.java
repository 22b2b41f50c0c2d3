package org.paperscope.i18n;

import java.util.Locale;

/**
 * A language the interface is written in.
 *
 * @param tag its BCP 47 tag ({@code ar})
 * @param nativeName its name in itself ({@code العربية}), for the chooser
 * @param rightToLeft whether it is written right to left
 */
public record UiLanguage(String tag, String nativeName, boolean rightToLeft) {
  /** The locale messages are formatted in. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }
}
