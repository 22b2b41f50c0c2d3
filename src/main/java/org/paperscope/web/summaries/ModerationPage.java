package org.paperscope.web.summaries;

import java.util.List;
import org.paperscope.web.Layout;

/**
 * Reported summaries for moderators, most reported first.
 *
 * @param layout the page frame
 * @param items the reported summaries
 */
public record ModerationPage(Layout layout, List<Item> items) {

  /**
   * A reported summary.
   *
   * @param summary the summary
   * @param paperTitle its paper's title
   * @param reasons the readers' reasons
   */
  public record Item(SummaryView summary, String paperTitle, List<String> reasons) {}
}
