package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.search.QueryNode;

/**
 * What to highlight for a query: stemmed words, exact phrases and prefixes from its positive text
 * clauses (words under NOT are never highlighted). Clauses that name the references ({@code refs:})
 * are highlighted in the reference list only ({@link #ofReferences}), never in the text or
 * abstract. Immutable.
 */
record HighlightTerms(Set<String> stems, List<List<String>> phrases, List<String> prefixes) {

  private static final Set<String> HIGHLIGHTED_FIELDS = Set.of("title", "abstract", "tldr", "text");

  /** The terms to mark in titles, TL;DRs, abstracts and full text. */
  static HighlightTerms of(QueryNode root) {
    return of(root, CompoundWords.NONE);
  }

  /** The same, each word also as the papers' other way of writing it ({@link CompoundWords}). */
  static HighlightTerms of(QueryNode root, Function<String, Optional<String>> compounds) {
    HighlightTerms terms =
        new HighlightTerms(new HashSet<>(), new ArrayList<>(), new ArrayList<>());
    terms.collect(root, field -> field == null || HIGHLIGHTED_FIELDS.contains(field), compounds);
    return terms;
  }

  /** The terms of the query's {@code refs:} clauses, to mark in reference entries. */
  static HighlightTerms ofReferences(QueryNode root) {
    return collected(root, PaperSchema.REFS::equals);
  }

  private static HighlightTerms collected(QueryNode root, Predicate<String> fields) {
    HighlightTerms terms =
        new HighlightTerms(new HashSet<>(), new ArrayList<>(), new ArrayList<>());
    terms.collect(root, fields, CompoundWords.NONE);
    return terms;
  }

  boolean isEmpty() {
    return stems.isEmpty() && phrases.isEmpty() && prefixes.isEmpty();
  }

  private void collect(
      QueryNode node, Predicate<String> fields, Function<String, Optional<String>> compounds) {
    switch (node) {
      case QueryNode.Term t when fields.test(t.field()) -> {
        addWords(t.text());
        compounds.apply(t.text()).ifPresent(this::addWords);
      }
      case QueryNode.Phrase p when fields.test(p.field()) ->
          addPhrase(QueryTranslator.words(PaperAnalyzers.exact(), p.text()));
      case QueryNode.Prefix p when fields.test(p.field()) ->
          prefixes.add(PaperSchema.key(p.text()));
      case QueryNode.And a -> a.clauses().forEach(c -> collect(c, fields, compounds));
      case QueryNode.Or o -> o.clauses().forEach(c -> collect(c, fields, compounds));
      default -> {}
    }
  }

  private void addWords(String text) {
    List<String> stemmed = QueryTranslator.words(PaperAnalyzers.stemmed(), text);
    if (stemmed.size() == 1) {
      stems.add(stemmed.get(0));
    } else {
      addPhrase(QueryTranslator.words(PaperAnalyzers.exact(), text));
    }
  }

  private void addPhrase(List<String> words) {
    if (!words.isEmpty()) {
      phrases.add(words);
    }
  }
}
