package org.paperscope.enrich;

/**
 * A TL;DR PaperScope wrote for a paper ({@link TldrEnrichment}), stored beside the author's, never
 * in its place.
 */
public record GeneratedTldr(String text) implements EnrichmentResult {}
