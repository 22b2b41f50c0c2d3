package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.search.QueryNode;

/**
 * Scores that put the paper a query names first: researchers paste titles and type the start of
 * one. Added to the words' BM25 score (they never change what matches): a large constant when the
 * query's words are the whole title, a smaller one when they are its start, and BM25 of the words
 * as a phrase in the title. Stateless.
 */
final class TitleBoost {
  /**
   * Larger than any BM25 sum of a title-length query, so the named paper comes first; papers that
   * share one title are then ordered by their word scores.
   */
  static final float WHOLE_TITLE = 100f;

  /** The query is how a title starts ("attention is all you"): second to a whole title. */
  static final float TITLE_START = 30f;

  /**
   * Weight of the query as a phrase in the title, over and above its words' score. Small: on the
   * topic evaluation (docs/evaluation.md) weight 1 cost nDCG@10 (condensed 0.5498 against 0.5759 at
   * 0.3), and known items need the title keys, not this.
   */
  static final float TITLE_PHRASE = 0.3f;

  /**
   * A title start needs this many words: shorter ones start too many titles to mean one (with 3,
   * two-word keywords such as "generative adversarial networks" lifted every title starting so).
   */
  private static final int MIN_START_WORDS = 4;

  private TitleBoost() {}

  /**
   * The boosts for a query, or empty when it has no plain words: the unfielded words and phrases of
   * its top-level AND, in the order typed (negated clauses and other fields are left out).
   */
  static Optional<Query> of(QueryNode root) {
    return Typed.of(root)
        .map(
            typed -> {
              BooleanQuery.Builder boosts = new BooleanQuery.Builder();
              boosts.add(constant(typed.wholeTitle(), WHOLE_TITLE), Occur.SHOULD);
              typed
                  .titleStart()
                  .ifPresent(start -> boosts.add(constant(start, TITLE_START), Occur.SHOULD));
              if (typed.words().size() >= 2) {
                Query phrase =
                    new PhraseQuery(PaperSchema.TITLE_EXACT, typed.words().toArray(String[]::new));
                boosts.add(new BoostQuery(phrase, TITLE_PHRASE), Occur.SHOULD);
              }
              return boosts.build();
            });
  }

  /**
   * Papers the query names by title: its words are the whole title, or (four words or more) how the
   * title starts. Empty when it has no plain words. Hybrid search keeps them first, as keyword
   * search does.
   */
  static Optional<Query> named(QueryNode root) {
    return Typed.of(root)
        .map(
            typed -> {
              BooleanQuery.Builder named = new BooleanQuery.Builder();
              named.add(typed.wholeTitle(), Occur.SHOULD);
              typed.titleStart().ifPresent(start -> named.add(start, Occur.SHOULD));
              return named.build();
            });
  }

  /**
   * The plain words of a query as typed (exact analysis) and its title key.
   *
   * @param words the words, never empty
   * @param key the title key of the words
   */
  private record Typed(List<String> words, String key) {
    /** The typed words of the query's top-level AND, or empty when it has none. */
    static Optional<Typed> of(QueryNode root) {
      List<String> texts = new ArrayList<>();
      collect(root, texts);
      if (texts.isEmpty()) {
        return Optional.empty();
      }
      String typed = String.join(" ", texts);
      List<String> words = PaperAnalyzers.words(PaperAnalyzers.exact(), typed);
      return words.isEmpty()
          ? Optional.empty()
          : Optional.of(new Typed(words, PaperSchema.titleKey(typed)));
    }

    /** Titles that are these words. */
    Query wholeTitle() {
      return new TermQuery(new Term(PaperSchema.TITLE_KEY, key));
    }

    /** Titles that start with these words, when there are enough of them to mean one title. */
    Optional<Query> titleStart() {
      return words.size() >= MIN_START_WORDS
          ? Optional.of(new PrefixQuery(new Term(PaperSchema.TITLE_KEY, key + " ")))
          : Optional.empty();
    }
  }

  private static void collect(QueryNode node, List<String> texts) {
    switch (node) {
      case QueryNode.Term t when t.field() == null -> texts.add(t.text());
      case QueryNode.Phrase p when p.field() == null -> texts.add(p.text());
      case QueryNode.And a -> {
        for (QueryNode clause : a.clauses()) {
          if (clause instanceof QueryNode.Term || clause instanceof QueryNode.Phrase) {
            collect(clause, texts);
          }
        }
      }
      default -> {}
    }
  }

  private static Query constant(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }
}
