package org.paperscope.search;

/** How the text of a query is read. */
public enum QuerySyntax {
  /** The query language: phrases, Boolean operators, fields, prefixes, ranges. */
  LANGUAGE,
  /**
   * Natural-language text, such as a claim or a question: syntax is ignored and any word may match
   * (ranked by BM25 over PaperScope's fields, ties by id); no facets, snippets or notes. Evaluation
   * runs (BEIR) search this way.
   */
  PLAIN_TEXT
}
