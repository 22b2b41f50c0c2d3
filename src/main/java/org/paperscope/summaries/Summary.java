package org.paperscope.summaries;

import java.time.Instant;

/**
 * A community summary of a paper, as last saved.
 *
 * @param id its row id
 * @param paperId the paper it summarises
 * @param userId the account that wrote it, or {@code null} for an imported summary
 * @param authorName the name shown as its author
 * @param language its language, a BCP 47 tag ({@code en}, {@code ar}, {@code pt-BR})
 * @param markdown its text, Markdown with LaTeX math
 * @param draft whether only its author sees it
 * @param hidden whether a moderator hid it (its author and moderators still see it)
 * @param version 1 when written, one more at every edit: what an edit must name
 * @param votes readers' votes, imported ones included
 * @param created when it was written
 * @param updated when it was last edited
 */
public record Summary(
    String id,
    String paperId,
    String userId,
    String authorName,
    String language,
    String markdown,
    boolean draft,
    boolean hidden,
    int version,
    int votes,
    Instant created,
    Instant updated) {

  /** Whether every reader sees it: published and not hidden. */
  public boolean isPublic() {
    return !draft && !hidden;
  }
}
