/**
 * The embedded Lucene implementation of {@link org.paperscope.search.PaperSearch}: translation of
 * the query language to Lucene queries, ranking (BM25, title boosts), facets counted in one pass
 * from per-reader state, snippets, spelling suggestions, id lookup and exact counts. Registered as
 * the {@code lucene} {@link org.paperscope.search.SearchBackend}. Depends on index.lucene (schema
 * and analyzers), search, paper and pdf; never on ingest, eval or the faces.
 */
package org.paperscope.search.lucene;
