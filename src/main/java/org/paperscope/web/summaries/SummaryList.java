package org.paperscope.web.summaries;

import java.util.List;

/**
 * A paper's summaries section.
 *
 * @param items the summaries the viewer may see, in {@code sort} order
 * @param sort {@code votes} or {@code date}
 * @param byVotesHref the page sorted by votes
 * @param byDateHref the page sorted by date
 * @param writeHref the editor for a new summary of the paper
 * @param canWrite whether the viewer may write one (a writer logged in)
 * @param loginHref the login form, coming back here
 * @param csrf the secret the section's forms send back
 */
public record SummaryList(
    List<SummaryView> items,
    String sort,
    String byVotesHref,
    String byDateHref,
    String writeHref,
    boolean canWrite,
    String loginHref,
    String csrf) {

  /** A section with nothing in it, for pages built without a store. */
  public static final SummaryList NONE =
      new SummaryList(List.of(), "votes", "", "", "", false, "/login", "");
}
