package org.paperscope.enrich;

/**
 * What an enrichment computed for one paper. Sealed, so that the index writer turns every kind of
 * result into fields in one exhaustive {@code switch}; a new enrichment adds its result type here.
 */
public sealed interface EnrichmentResult
    permits FullText, Embedding, GeneratedTldr, AutoTags, SummaryTexts {}
