package org.paperscope.search;

/** How a search reads its query. Semantic and hybrid modes (sentence embeddings) come next. */
public enum SearchMode {
  /**
   * The query language: words all must match (relaxed to any word, with a note, when no paper has
   * them all), phrases, Boolean operators, fields; titles that the query is get ranked first.
   */
  KEYWORD,
  /**
   * Natural-language text, such as a claim or a question: query syntax is ignored and any word may
   * match, ranked by BM25 over PaperScope's fields, ties by id; no facets, snippets or notes.
   * Evaluation runs (BEIR) search this way.
   */
  TEXT
}
