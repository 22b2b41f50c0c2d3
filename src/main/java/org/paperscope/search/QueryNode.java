package org.paperscope.search;

import java.util.List;

/**
 * The syntax tree of a PaperScope query, as produced by {@link QueryParser}. Field names are the
 * user-facing ones ({@code title}, {@code author}, …) or {@code null} for "all default fields".
 * {@code position} is the 0-based character offset in the query string where the node starts.
 *
 * <p>All nodes are immutable records.
 */
public sealed interface QueryNode {

  /** A single word, e.g. {@code graph} or {@code title:graph}. Text is as typed (not analysed). */
  record Term(String field, String text, int position) implements QueryNode {}

  /** A quoted phrase, e.g. {@code "data augmentation"}; text is the content between the quotes. */
  record Phrase(String field, String text, int position) implements QueryNode {}

  /** A prefix, e.g. {@code augment*}; text excludes the star. */
  record Prefix(String field, String text, int position) implements QueryNode {}

  /** An inclusive integer range such as {@code year:2018..2020}; a null bound is open. */
  record Range(String field, Integer from, Integer to, int position) implements QueryNode {}

  /** All clauses must match; {@link Not} clauses exclude. */
  record And(List<QueryNode> clauses) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** At least one clause must match. */
  record Or(List<QueryNode> clauses) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  /** Excludes what the clause matches ({@code NOT x}, {@code -x}). */
  record Not(QueryNode clause, int position) implements QueryNode {}

  /** Matches every paper (the empty query, or {@code *}). */
  record MatchAll() implements QueryNode {}
}
