package org.paperscope.web.summaries;

import org.paperscope.web.Layout;

/**
 * One summary on its own page.
 *
 * @param layout the page frame
 * @param summary the summary
 * @param paperTitle its paper's title
 * @param revisionsHref its revision history
 */
public record SummaryPage(
    Layout layout, SummaryView summary, String paperTitle, String revisionsHref) {}
