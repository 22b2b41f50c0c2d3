package org.paperscope.web.summaries;

import java.util.List;
import org.paperscope.summaries.LineDiff;
import org.paperscope.web.Layout;

/**
 * A summary's revision history, newest first, each version with what it changed.
 *
 * @param layout the page frame
 * @param summary the summary as it is now
 * @param paperTitle its paper's title
 * @param revisions its versions
 */
public record RevisionsPage(
    Layout layout, SummaryView summary, String paperTitle, List<RevisionView> revisions) {

  /**
   * One version.
   *
   * @param version its number
   * @param editor who saved it
   * @param date when (ISO date and time, UTC)
   * @param language its language tag
   * @param diff from the version before (for the first: every line added)
   */
  public record RevisionView(
      int version, String editor, String date, String language, List<LineDiff.Line> diff) {}
}
