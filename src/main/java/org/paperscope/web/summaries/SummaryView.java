package org.paperscope.web.summaries;

import java.time.ZoneOffset;
import org.paperscope.accounts.Role;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryMarkdown;
import org.paperscope.web.Messages;
import org.paperscope.web.Viewer;

/**
 * One summary as a page shows it to one viewer: rendered, and with the actions this viewer may
 * take.
 *
 * @param id the summary's id
 * @param href its own page
 * @param paperHref its paper's page
 * @param authorName who wrote it
 * @param language its BCP 47 tag
 * @param languageName its language's name in the reader's language
 * @param html its Markdown rendered and sanitised (safe to print as is)
 * @param votes its votes
 * @param created the day it was written (ISO date, for {@code datetime})
 * @param createdText that day as the reader's language writes dates
 * @param updated the day it was last edited as the reader's language writes dates, or {@code null}
 *     when never
 * @param version its version
 * @param draft whether it is a private draft
 * @param hidden whether a moderator hid it
 * @param canEdit whether the viewer may edit it (its author)
 * @param canDelete whether the viewer may delete it (its author, a moderator)
 * @param canVote whether the viewer may vote (logged in, not its author)
 * @param voted whether the viewer has voted for it
 * @param canReport whether the viewer may report it (logged in, not its author)
 * @param canHide whether the viewer may hide or restore it (a moderator)
 */
public record SummaryView(
    String id,
    String href,
    String paperHref,
    String authorName,
    String language,
    String languageName,
    String html,
    int votes,
    String created,
    String createdText,
    String updated,
    int version,
    boolean draft,
    boolean hidden,
    boolean canEdit,
    boolean canDelete,
    boolean canVote,
    boolean voted,
    boolean canReport,
    boolean canHide) {

  /**
   * The view of {@code summary} for {@code viewer}, who has {@code voted} for it or not; dates in
   * the words of {@code messages}.
   */
  static SummaryView of(
      Summary summary, Viewer viewer, boolean voted, String languageName, Messages messages) {
    boolean own = viewer.loggedIn() && viewer.user().id().equals(summary.userId());
    boolean other = viewer.loggedIn() && !own;
    String created = summary.created().atZone(ZoneOffset.UTC).toLocalDate().toString();
    return new SummaryView(
        summary.id(),
        SummaryLinks.summary(summary.id()),
        SummaryLinks.paper(summary.paperId()),
        summary.authorName(),
        summary.language(),
        languageName,
        SummaryMarkdown.toHtml(summary.markdown()),
        summary.votes(),
        created,
        messages.date(summary.created()),
        summary.version() > 1 ? messages.date(summary.updated()) : null,
        summary.version(),
        summary.draft(),
        summary.hidden(),
        own,
        own || viewer.may(Role.MODERATOR),
        other && !summary.draft(),
        voted,
        other && !summary.draft(),
        viewer.may(Role.MODERATOR) && !summary.draft());
  }
}
