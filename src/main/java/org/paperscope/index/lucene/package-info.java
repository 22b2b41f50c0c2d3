/**
 * The embedded Lucene implementation of {@link org.paperscope.index.PaperWriter}: the index schema
 * (fields, analyzers, versions), turning a paper into a Lucene document, and the writer that
 * upserts, merges by id and commits whole batches (with its parts: indexing workers, stored-paper
 * lookup, schema rebuild), and {@link org.paperscope.index.lucene.LiveDocs} for reading segments.
 * Depends on index, paper, pdf and data; never on ingest, search or the faces.
 */
package org.paperscope.index.lucene;
