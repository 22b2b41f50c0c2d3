/**
 * The enrichment stage: what PaperScope computes from a paper after ingest (PDF full text today;
 * embeddings, Auto-TLDRs, tags and concepts next). An {@link org.paperscope.enrich.Enrichment}
 * takes a paper and gives a typed {@link org.paperscope.enrich.EnrichmentResult}, stored by the
 * hash of its input and its version; {@link org.paperscope.enrich.Enrichments} resolves every
 * enrichment of a paper for the index writer (the one place results reach a document); {@link
 * org.paperscope.enrich.EnrichmentRun} computes what is pending in batches, each committed on its
 * own, after ingest has committed the metadata.
 *
 * <p>Depends on {@code paper}, {@code pdf}, {@code data} and the writing seam {@code index}; never
 * on a backend.
 */
package org.paperscope.enrich;
