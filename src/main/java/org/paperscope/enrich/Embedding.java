package org.paperscope.enrich;

/**
 * A paper's sentence embedding: unit length, so the dot product of two is their cosine.
 *
 * @param model the id of the model that computed it
 * @param vector the vector; not copied, never modify it
 */
public record Embedding(String model, float[] vector) implements EnrichmentResult {}
