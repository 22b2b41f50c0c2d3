package org.paperscope.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.paperscope.i18n.TextLanguages;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.AuthorNames;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QueryNode;
import org.paperscope.search.QuerySyntaxException;

/**
 * Turns a {@link QueryNode} tree into a Lucene query over {@link PaperSchema}. Words are stemmed
 * and scored with BM25; phrases and prefixes use the unstemmed shadow fields so they match the
 * exact words typed; keyed fields (tag, venue, decision) match whole values, case-insensitively.
 *
 * <p>Immutable and thread-safe given a fixed reader.
 */
final class QueryTranslator {
  /**
   * Weight of a word's Porter stem (meta.porter) beside its light stem in any-word ranking. On
   * SciFact train: 0 (light stems alone) 0.6814, 0.3 0.6869, 0.5 0.6891, 1.0 0.6884 nDCG@10.
   */
  static final float PORTER_WEIGHT = 0.5f;

  /**
   * Weight of a compound's other form ({@link CompoundWords}), the better of the two forms
   * counting: on the demo's topic evaluation (nDCG@10, 0.4426 without), both forms summed at full
   * weight gave 0.4266, the better at 0.5 0.4296, at 0.2 0.4402 (docs/evaluation.md).
   */
  static final float OTHER_FORM_WEIGHT = 0.2f;

  private final PrefixExpansion prefixes;
  private final boolean anyWord;
  private final Function<String, Optional<String>> compounds;

  /**
   * @param reader the reader prefixes are expanded against
   * @param limits bounds on prefix expansion
   * @param anyWord when true, juxtaposed words are OR-ed (natural-language queries, as in
   *     evaluation); when false they must all match (the search box)
   */
  QueryTranslator(IndexReader reader, QueryLimits limits, boolean anyWord) {
    this(reader, limits, anyWord, CompoundWords.NONE);
  }

  /**
   * @param compounds the other way of writing a word ({@link CompoundWords}): a word matches either
   *     way
   */
  QueryTranslator(
      IndexReader reader,
      QueryLimits limits,
      boolean anyWord,
      Function<String, Optional<String>> compounds) {
    this.prefixes = new PrefixExpansion(reader, limits.maxPrefixExpansions());
    this.anyWord = anyWord;
    this.compounds = compounds;
  }

  /**
   * The query for the search box: {@link #translate} plus, for plain words, the {@link TitleBoost}
   * that puts the paper they name first.
   */
  Query translateRanked(QueryNode root) throws QuerySyntaxException {
    Query query = translate(root);
    Optional<Query> boost = TitleBoost.of(root);
    if (boost.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(boost.get(), Occur.SHOULD).build();
  }

  Query translate(QueryNode node) throws QuerySyntaxException {
    return switch (node) {
      case QueryNode.MatchAll m -> new MatchAllDocsQuery();
      case QueryNode.Term t -> term(t);
      case QueryNode.Phrase p -> phrase(p.field(), p.text(), p.position());
      case QueryNode.Prefix p -> prefix(p);
      case QueryNode.Range r ->
          IntPoint.newRangeQuery(
              PaperSchema.YEAR,
              r.from() == null ? Integer.MIN_VALUE : r.from(),
              r.to() == null ? Integer.MAX_VALUE : r.to());
      case QueryNode.And a -> and(a.clauses());
      case QueryNode.Or o -> or(o.clauses());
      case QueryNode.Not n ->
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.FILTER)
              .add(translate(n.clause()), Occur.MUST_NOT)
              .build();
    };
  }

  private Query and(List<QueryNode> clauses) throws QuerySyntaxException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean positive = false;
    for (QueryNode clause : clauses) {
      if (clause instanceof QueryNode.Not not) {
        builder.add(translate(not.clause()), Occur.MUST_NOT);
      } else {
        builder.add(translate(clause), anyWord ? Occur.SHOULD : Occur.MUST);
        positive = true;
      }
    }
    if (!positive) {
      builder.add(new MatchAllDocsQuery(), Occur.FILTER);
    } else if (anyWord) {
      builder.setMinimumNumberShouldMatch(1);
    }
    return builder.build();
  }

  private Query or(List<QueryNode> clauses) throws QuerySyntaxException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (QueryNode clause : clauses) {
      builder.add(translate(clause), Occur.SHOULD);
    }
    return builder.setMinimumNumberShouldMatch(1).build();
  }

  private Query term(QueryNode.Term t) throws QuerySyntaxException {
    String field = t.field();
    if (field != null && !field.equals("summary") && !SearchFields.TEXT.containsKey(field)) {
      return phrase(field, t.text(), t.position());
    }
    Query written = word(field, t.text());
    Optional<String> other = compounds.apply(t.text());
    if (other.isEmpty()) {
      return written;
    }
    // "finetuning" or "fine-tuning": papers write it both ways. The form typed ranks as it did;
    // a paper with only the other form comes after, as the other form weighs less.
    return new DisjunctionMaxQuery(
        List.of(written, new BoostQuery(word(field, other.get()), OTHER_FORM_WEIGHT)), 0f);
  }

  /** A word in the default fields (no field), the summaries or a named text field. */
  private Query word(String field, String text) {
    if (field == null) {
      return acrossDefaultFields(text, false);
    }
    if (field.equals("summary")) {
      return summary(text, false);
    }
    return textQuery(SearchFields.TEXT.get(field), text, false);
  }

  private Query phrase(String field, String text, int position) throws QuerySyntaxException {
    if (field == null) {
      return acrossDefaultFields(text, true);
    }
    if (field.equals("summary")) {
      return summary(text, true);
    }
    if (SearchFields.TEXT.containsKey(field)) {
      return textQuery(SearchFields.TEXT.get(field), text, true);
    }
    return switch (field) {
      case "author" -> author(text);
      case "id" -> new TermQuery(new Term(PaperSchema.ID, text));
      case "has" -> new TermQuery(new Term(PaperSchema.HAS, text.toLowerCase(Locale.ROOT)));
      case "lang" ->
          new TermQuery(new Term(PaperSchema.SUMMARY_LANGUAGES, TextLanguages.primary(text)));
      case "tag", "venue", "decision" ->
          new TermQuery(new Term(SearchFields.KEYED.get(field), ValueAliases.key(field, text)));
      case "year" -> throw new QuerySyntaxException("year needs a number such as 2019", position);
      default -> throw new QuerySyntaxException("unknown field '" + field + "'", position);
    };
  }

  /**
   * An author's name, matched as words in order with room for one middle name or initial ({@code
   * author:bengio}, {@code author:"quoc le"} finds "Quoc V. Le" even inside a longer author string)
   * or as a whole name without its middle initials ({@code author:"Quoc V. Le"} finds "Quoc Le"),
   * accents folded either way.
   */
  private static Query author(String text) {
    List<String> words = words(PaperAnalyzers.exact(), text);
    String key = AuthorNames.key(text);
    if (words.size() < 2 || key.indexOf(' ') < 0) {
      return wordsQuery(PaperSchema.AUTHOR, words);
    }
    return new BooleanQuery.Builder()
        .add(
            new PhraseQuery(MIDDLE_NAME_SLOP, PaperSchema.AUTHOR, words.toArray(String[]::new)),
            Occur.SHOULD)
        .add(new TermQuery(new Term(PaperSchema.AUTHOR_KEY, key)), Occur.SHOULD)
        .build();
  }

  /** Words of a name may have one more word between them: a middle name or initial. */
  private static final int MIDDLE_NAME_SLOP = 1;

  private Query prefix(QueryNode.Prefix p) throws QuerySyntaxException {
    String text = PaperSchema.key(p.text());
    String field = p.field();
    List<String> targets = new ArrayList<>();
    if (field == null) {
      SearchFields.DEFAULT.forEach(f -> targets.add(f.exact()));
    } else if (SearchFields.TEXT.containsKey(field)) {
      targets.add(SearchFields.TEXT.get(field).exact());
    } else if (SearchFields.KEYED.containsKey(field)) {
      targets.add(SearchFields.KEYED.get(field));
    } else if (field.equals("author")) {
      targets.add(PaperSchema.AUTHOR);
    } else if (field.equals("id")) {
      return prefixes.expand(List.of(PaperSchema.ID), p.text(), p.position());
    } else {
      throw new QuerySyntaxException("field '" + field + "' does not take a prefix", p.position());
    }
    return prefixes.expand(targets, text, p.position());
  }

  /**
   * One word or phrase over every default field. A single stemmed word is scored with BM25 over
   * {@link PaperSchema#META} (title, abstract, TL;DR and tags as one document: BM25F with equal
   * weights); full text and authors add their own, smaller, scores.
   */
  private Query acrossDefaultFields(String text, boolean exact) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    List<String> stems = exact ? List.of() : words(PaperAnalyzers.stemmed(), text);
    if (stems.size() == 1) {
      builder.add(new TermQuery(new Term(PaperSchema.META, stems.get(0))), Occur.SHOULD);
      if (anyWord) {
        List<String> porter = words(PaperAnalyzers.porter(), text);
        if (porter.size() == 1) {
          builder.add(
              new BoostQuery(
                  new TermQuery(new Term(PaperSchema.META_PORTER, porter.get(0))), PORTER_WEIGHT),
              Occur.SHOULD);
        }
      }
      builder.add(
          new BoostQuery(
              textQuery(SearchFields.FULL_TEXT, text, false), SearchFields.FULL_TEXT.boost()),
          Occur.SHOULD);
      builder.add(
          new BoostQuery(
              textQuery(SearchFields.SUMMARY, text, false), SearchFields.SUMMARY.boost()),
          Occur.SHOULD);
    } else if (stems.isEmpty() && !exact && anyWord) {
      return new MatchNoDocsQuery("only stop words");
    } else {
      for (SearchFields.TextField field : SearchFields.DEFAULT) {
        builder.add(new BoostQuery(textQuery(field, text, exact), field.boost()), Occur.SHOULD);
      }
    }
    builder.add(wordsQuery(PaperSchema.AUTHOR, words(PaperAnalyzers.exact(), text)), Occur.SHOULD);
    return builder.build();
  }

  /**
   * Community summaries: the English-stemmed field (every summary is there), or any language's own
   * field analysed with that language's analyzer (an Arabic word matches its other forms in Arabic
   * summaries).
   */
  private static Query summary(String text, boolean exact) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(textQuery(SearchFields.SUMMARY, text, exact), Occur.SHOULD);
    for (String language : TextLanguages.analyzed()) {
      String field = PaperSchema.SUMMARY_LANGUAGE_PREFIX + language;
      any.add(
          analyzedQuery(field, TextLanguages.analyzer(language).orElseThrow(), text), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Words go to the stemmed field; phrases, and words that are only stop words, go to the exact
   * shadow. A word that analyses into several tokens ("multi-task") becomes a phrase.
   */
  private static Query textQuery(SearchFields.TextField field, String text, boolean exact) {
    if (!exact) {
      Query stemmed = analyzedQuery(field.stemmed(), PaperAnalyzers.stemmed(), text);
      if (!(stemmed instanceof MatchNoDocsQuery)) {
        return stemmed;
      }
    }
    return exactQuery(field.exact(), text);
  }

  /**
   * The words of text, in order and adjacent, in an exact shadow field; where the field has word
   * pairs, phrases with common words are searched as pairs ({@link PaperAnalyzers#phrase()}).
   */
  private static Query exactQuery(String field, String text) {
    Analyzer analyzer =
        PaperAnalyzers.hasWordPairs(field) ? PaperAnalyzers.phrase() : PaperAnalyzers.exact();
    return analyzedQuery(field, analyzer, text);
  }

  /**
   * The tokens of text under the analyzer as one term or a phrase, at the positions the analyzer
   * gives them: a stop word removed from "end-to-end" leaves its gap, as it does in the index.
   */
  private static Query analyzedQuery(String field, Analyzer analyzer, String text) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    Term single = null;
    int terms = 0;
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        single = new Term(field, term.toString());
        phrase.add(single, position);
        terms++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return switch (terms) {
      case 0 -> new MatchNoDocsQuery("no searchable words");
      case 1 -> new TermQuery(single);
      default -> phrase.build();
    };
  }

  private static Query wordsQuery(String field, List<String> words) {
    if (words.isEmpty()) {
      return new MatchNoDocsQuery("no searchable words");
    }
    if (words.size() == 1) {
      return new TermQuery(new Term(field, words.get(0)));
    }
    return new PhraseQuery(field, words.toArray(String[]::new));
  }

  /** The tokens of text under the analyzer, in order. */
  static List<String> words(Analyzer analyzer, String text) {
    return PaperAnalyzers.words(analyzer, text);
  }
}
