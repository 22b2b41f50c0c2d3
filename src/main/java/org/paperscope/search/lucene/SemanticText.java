package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.search.QueryNode;

/**
 * Splits a parsed query into what is embedded (its words and phrases in any field-less clause) and
 * what restricts the papers searched by meaning (fielded clauses and negations, which keep their
 * query-language meaning). A query of plain words, such as a pasted abstract, is embedded whole as
 * typed. Stateless.
 */
final class SemanticText {
  private SemanticText() {}

  /** The text to embed ("" when the query has no free words). */
  static String of(String typed, QueryNode root) {
    if (isFree(root)) {
      return typed.strip();
    }
    List<String> words = new ArrayList<>();
    collect(root, words);
    return String.join(" ", words);
  }

  /**
   * The clauses that restrict a semantic search, or {@link QueryNode.MatchAll} when none does: the
   * fielded clauses and negations of a top-level AND (or the fielded query itself).
   */
  static QueryNode restriction(QueryNode root) {
    List<QueryNode> kept = new ArrayList<>();
    List<QueryNode> clauses = root instanceof QueryNode.And and ? and.clauses() : List.of(root);
    for (QueryNode clause : clauses) {
      if (!isFree(clause)) {
        kept.add(clause);
      }
    }
    if (kept.isEmpty()) {
      return new QueryNode.MatchAll();
    }
    return kept.size() == 1 ? kept.get(0) : new QueryNode.And(kept);
  }

  private static void collect(QueryNode node, List<String> words) {
    switch (node) {
      case QueryNode.Term term when term.field() == null -> words.add(term.text());
      case QueryNode.Phrase phrase when phrase.field() == null -> words.add(phrase.text());
      case QueryNode.Prefix prefix when prefix.field() == null -> words.add(prefix.text());
      case QueryNode.And and -> and.clauses().forEach(c -> collect(c, words));
      case QueryNode.Or or -> or.clauses().forEach(c -> collect(c, words));
      default -> {}
    }
  }

  /** Whether a clause is free text (words or phrases without a field), not a restriction. */
  private static boolean isFree(QueryNode node) {
    return switch (node) {
      case QueryNode.Term term -> term.field() == null;
      case QueryNode.Phrase phrase -> phrase.field() == null;
      case QueryNode.Prefix prefix -> prefix.field() == null;
      case QueryNode.Or or -> or.clauses().stream().allMatch(SemanticText::isFree);
      case QueryNode.And and -> and.clauses().stream().allMatch(SemanticText::isFree);
      case QueryNode.MatchAll all -> true;
      default -> false;
    };
  }
}
