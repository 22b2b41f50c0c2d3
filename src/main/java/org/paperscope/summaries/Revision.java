package org.paperscope.summaries;

import java.time.Instant;

/**
 * One saved version of a summary.
 *
 * @param version 1 for the first
 * @param markdown its text
 * @param language its language tag
 * @param editorName who saved it
 * @param created when
 */
public record Revision(
    int version, String markdown, String language, String editorName, Instant created) {}
