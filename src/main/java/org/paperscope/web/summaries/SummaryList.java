package org.paperscope.web.summaries;

import java.util.List;

/**
 * A paper's summaries section, for a reader of one language: the summaries in that language first;
 * when there is none, a notice saying so in the reader's language, the others, and an offer to
 * write the first.
 *
 * @param items the summaries the viewer may see: the reader's language first, each group in {@code
 *     sort} order
 * @param sort {@code votes} or {@code date}
 * @param byVotesHref the page sorted by votes
 * @param byDateHref the page sorted by date
 * @param writeHref the editor for a new summary of the paper, in the reader's language
 * @param canWrite whether the viewer may write one (a writer logged in)
 * @param loginHref the login form, coming back to the editor
 * @param csrf the secret the section's forms send back
 * @param readerLanguage the reader's language tag ({@code ar})
 * @param readerLanguageName its name in the reader's language ("العربية")
 * @param missing whether the paper has summaries but none in the reader's language
 * @param counts how many summaries each language has, the reader's first
 */
public record SummaryList(
    List<SummaryView> items,
    String sort,
    String byVotesHref,
    String byDateHref,
    String writeHref,
    boolean canWrite,
    String loginHref,
    String csrf,
    String readerLanguage,
    String readerLanguageName,
    boolean missing,
    List<LanguageCount> counts) {

  /** A language and how many summaries are in it. */
  public record LanguageCount(String tag, String name, int count) {}

  /** A section with nothing in it, for pages built without a store. */
  public static final SummaryList NONE =
      new SummaryList(
          List.of(), "votes", "", "", "", false, "/login", "", "en", "English", false, List.of());
}
