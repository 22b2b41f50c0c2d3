package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.search.QueryNode;

/**
 * "Did you mean": corrects the rare words of a query to more frequent words of the index's own
 * titles and abstracts within two edits (Lucene's {@link DirectSpellChecker}; no separate
 * dictionary to build). Thread-safe.
 */
final class SpellingSuggestion {
  /** Words in fewer titles and abstracts than this are worth correcting. */
  private static final int RARE_DOCS = 3;

  /** A correction of a word the index has must be in this many times more papers. */
  private static final int MORE_COMMON_FACTOR = 10;

  private static final List<String> FIELDS =
      List.of(PaperSchema.TITLE_EXACT, PaperSchema.ABSTRACT_EXACT);

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /**
   * The query text with its rare unfielded words corrected, or empty when nothing needs it.
   *
   * @param query the text as typed; node positions index into it
   * @param root its parse
   */
  Optional<String> suggest(String query, QueryNode root, IndexReader reader) throws IOException {
    List<QueryNode.Term> words = new ArrayList<>();
    collect(root, words);
    words.sort(Comparator.comparingInt(QueryNode.Term::position));
    StringBuilder out = new StringBuilder(query);
    boolean changed = false;
    // Right to left, so earlier positions stay valid as replacements change lengths.
    for (int i = words.size() - 1; i >= 0; i--) {
      QueryNode.Term word = words.get(i);
      if (!query.startsWith(word.text(), word.position())) {
        continue;
      }
      Optional<String> better = correct(word.text(), reader);
      if (better.isPresent()) {
        out.replace(word.position(), word.position() + word.text().length(), better.get());
        changed = true;
      }
    }
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private Optional<String> correct(String text, IndexReader reader) throws IOException {
    List<String> tokens = PaperAnalyzers.words(PaperAnalyzers.exact(), text);
    if (tokens.size() != 1) {
      return Optional.empty();
    }
    String token = tokens.get(0);
    int docs = 0;
    for (String field : FIELDS) {
      docs += reader.docFreq(new Term(field, token));
    }
    if (docs >= RARE_DOCS) {
      return Optional.empty();
    }
    SuggestWord best = null;
    for (String field : FIELDS) {
      for (SuggestWord word :
          checker.suggestSimilar(
              new Term(field, token), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR)) {
        if (best == null || word.freq > best.freq) {
          best = word;
        }
      }
    }
    if (best == null || (docs > 0 && best.freq < docs * MORE_COMMON_FACTOR)) {
      return Optional.empty();
    }
    return Optional.of(best.string);
  }

  private static void collect(QueryNode node, List<QueryNode.Term> words) {
    switch (node) {
      case QueryNode.Term t when t.field() == null -> words.add(t);
      case QueryNode.And a -> a.clauses().forEach(c -> collect(c, words));
      case QueryNode.Or o -> o.clauses().forEach(c -> collect(c, words));
      default -> {}
    }
  }
}
