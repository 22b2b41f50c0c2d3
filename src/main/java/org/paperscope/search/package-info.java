/**
 * Reading papers, whatever the backend: the query language (lexer, parser, limits, forgiving
 * rules), {@link org.paperscope.search.SearchRequest} (built with a builder, with a {@link
 * org.paperscope.search.SearchMode}), {@link org.paperscope.search.SearchResult}, typed {@link
 * org.paperscope.search.FacetDimension}s, and the {@link org.paperscope.search.PaperSearch} role
 * opened through a {@link org.paperscope.search.SearchBackend} chosen by configuration. No Lucene
 * type appears here; the embedded implementation is in {@code search.lucene}. Depends on paper, pdf
 * and data; never on ingest, eval or the faces.
 */
package org.paperscope.search;
