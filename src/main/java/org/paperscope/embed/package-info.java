/**
 * Sentence embeddings on the CPU, inside the JVM: a text in, a unit-length vector out, with a real
 * ONNX model that ships inside a Maven artifact (no download at run time). {@link
 * org.paperscope.embed.EmbeddingModel} names the models, {@link org.paperscope.embed.OnnxEmbedder}
 * runs one with ONNX Runtime and DJL's HuggingFace tokenizer in padded, length-sorted batches.
 *
 * <p>Depends on nothing else of PaperScope.
 */
package org.paperscope.embed;
