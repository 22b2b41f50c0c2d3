package org.paperscope.summaries;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What a writer submits: the text, its language and whether it is a private draft.
 *
 * @param markdown Markdown with LaTeX math, at most {@link #MAX_MARKDOWN_CHARS} characters
 * @param language a BCP 47 tag; {@code null} or blank means {@code en}
 * @param draft whether only its author sees it
 */
public record SummaryInput(String markdown, String language, boolean draft) {
  /** The longest summary accepted: about 15,000 words. */
  public static final int MAX_MARKDOWN_CHARS = SummaryMarkdown.MAX_MARKDOWN_CHARS;

  /**
   * This input checked and normalised: markdown stripped of trailing blanks, the language as a
   * canonical tag ({@code PT_br} → {@code pt-BR}).
   *
   * @throws SummaryException for empty or too long text, or a language that is no BCP 47 tag
   */
  public SummaryInput checked() throws SummaryException {
    String text = markdown == null ? "" : markdown.stripTrailing();
    if (text.isBlank()) {
      throw SummaryException.invalid("markdown", "summary.error.empty", "the summary is empty");
    }
    if (text.length() > MAX_MARKDOWN_CHARS) {
      throw SummaryException.invalid(
          "markdown",
          "summary.error.too-long",
          "the summary has " + text.length() + " characters; at most " + MAX_MARKDOWN_CHARS);
    }
    return new SummaryInput(text, languageTag(language), draft);
  }

  /**
   * The canonical form of a BCP 47 tag, {@code en} for null or blank.
   *
   * @throws SummaryException when it is no well-formed tag
   */
  public static String languageTag(String language) throws SummaryException {
    if (language == null || language.isBlank()) {
      return "en";
    }
    try {
      Locale locale =
          new Locale.Builder().setLanguageTag(language.strip().replace('_', '-')).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language");
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw SummaryException.invalid(
          "language",
          "summary.error.language",
          "'" + language + "' is no BCP 47 language tag (such as en, ar, pt-BR)");
    }
  }
}
