package org.paperscope.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperscope.index.PaperAnalyzers;
import org.paperscope.index.PaperSchema;

/**
 * What to highlight for a query: stemmed words, exact phrases and prefixes from its positive text
 * clauses (words under NOT are never highlighted). Immutable.
 */
record HighlightTerms(Set<String> stems, List<List<String>> phrases, List<String> prefixes) {

  private static final Set<String> HIGHLIGHTED_FIELDS =
      Set.of("title", "abstract", "tldr", "text", "refs");

  static HighlightTerms of(QueryNode root) {
    HighlightTerms terms =
        new HighlightTerms(new HashSet<>(), new ArrayList<>(), new ArrayList<>());
    terms.collect(root);
    return terms;
  }

  boolean isEmpty() {
    return stems.isEmpty() && phrases.isEmpty() && prefixes.isEmpty();
  }

  private void collect(QueryNode node) {
    switch (node) {
      case QueryNode.Term t when highlighted(t.field()) -> addWords(t.text());
      case QueryNode.Phrase p when highlighted(p.field()) ->
          addPhrase(QueryTranslator.words(PaperAnalyzers.exact(), p.text()));
      case QueryNode.Prefix p when highlighted(p.field()) ->
          prefixes.add(PaperSchema.key(p.text()));
      case QueryNode.And a -> a.clauses().forEach(this::collect);
      case QueryNode.Or o -> o.clauses().forEach(this::collect);
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

  private static boolean highlighted(String field) {
    return field == null || HIGHLIGHTED_FIELDS.contains(field);
  }
}
