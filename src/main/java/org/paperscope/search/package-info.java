/**
 * Reading the index: the query language (lexer, parser, limits, forgiving rules), its translation
 * to Lucene queries, ranking, facets, snippets, spelling suggestions and exact counts, behind
 * {@link org.paperscope.search.PaperSearcher} with {@link org.paperscope.search.SearchRequest} and
 * {@link org.paperscope.search.SearchResult}. Depends on index (schema), paper and pdf; never on
 * ingest, eval or the faces.
 */
package org.paperscope.search;
