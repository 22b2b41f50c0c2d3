/**
 * Writing papers, whatever the backend: the {@link org.paperscope.index.PaperWriter} role that
 * ingest writes to (upsert by id, one {@link org.paperscope.index.PaperWriter.Outcome}). The
 * embedded Lucene implementation (schema, analyzers, documents, commits) is in {@code
 * index.lucene}. Depends on paper only.
 */
package org.paperscope.index;
