/**
 * Writing papers: the index schema (fields, analyzers), turning a paper into Lucene documents, the
 * writer that upserts and commits whole batches, and the data directory's index layout. Lucene
 * stays behind these types. Depends on paper and pdf; never on ingest, search or the faces.
 */
package org.paperscope.index;
