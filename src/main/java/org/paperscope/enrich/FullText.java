package org.paperscope.enrich;

/**
 * The text of a paper's PDF as the index takes it.
 *
 * @param body the running text without references, or null when none was found
 * @param references the references section, or null when none was found
 */
public record FullText(String body, String references) implements EnrichmentResult {}
