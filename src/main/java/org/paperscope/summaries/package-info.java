/**
 * Community summaries: what readers write about a paper in Markdown with LaTeX math, its revisions,
 * votes, moderation, and import and export. {@link org.paperscope.summaries.SummaryMarkdown} turns
 * a summary into safe HTML and into plain text for the search index.
 */
package org.paperscope.summaries;
