package org.paperscope.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.paperscope.i18n.TextLanguages;

/**
 * The analyses of the index: {@link #stemmed()} (standard tokenizer, possessives, lower case,
 * accents folded, English stop words, the light KStem stemmer with a few ML words kept apart) ranks
 * words; {@link #exact()} (standard tokenizer, lower case, accents folded, nothing removed or
 * stemmed) answers quoted phrases with the exact words typed.
 *
 * <p>Why KStem and not Porter: Porter merges words ML keeps apart ("generalization", "generative",
 * "generator" and "general" all become "gener"; "transformer" becomes "transform"; "continual" and
 * "continuous" both "continu"). KStem only undoes inflections and a few derivations it knows from a
 * dictionary (plurals, "-ed", "-ing", "-ization" to "-ize"), which keeps those words apart while
 * "networks" still finds "network" (docs/evaluation.md, word forms).
 *
 * <p>The exact shadows of the PDF full text and references ({@link #hasWordPairs}) also index every
 * pair of adjacent words of which one is a very common word ("in the", "the wild"), as one term
 * with a space inside. A phrase such as {@code text:"in the wild"} is then searched as the pairs
 * ({@link #phrase()}), whose postings are short, instead of walking the thousands of positions of
 * "the" in every paper (the idea of Lucene's CommonGrams). Matches are the same. Metadata fields do
 * without: pairs in abstracts made ingest a third slower (docs/performance.md).
 *
 * <p>Analyzers are thread-safe; share the instances.
 */
public final class PaperAnalyzers {
  /** Words frequent enough that phrases containing them are also indexed as word pairs. */
  private static final CharArraySet COMMON = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private static final Set<String> WORD_PAIR_FIELDS =
      Set.of(PaperSchema.TEXT_EXACT, PaperSchema.REFS_EXACT);

  private static final Analyzer STEMMED = new LightStemAnalyzer();
  private static final Analyzer PORTER = new PorterAnalyzer();
  private static final Analyzer EXACT = new ExactAnalyzer(Pairs.NONE);
  private static final Analyzer EXACT_PAIRS = new ExactAnalyzer(Pairs.INDEX);
  private static final Analyzer PHRASE = new ExactAnalyzer(Pairs.QUERY);
  private static final Map<String, Analyzer> FIELD_ANALYZERS =
      Map.of(
          PaperSchema.TITLE_EXACT, EXACT,
          PaperSchema.ABSTRACT_EXACT, EXACT,
          PaperSchema.TLDR_EXACT, EXACT,
          PaperSchema.TEXT_EXACT, EXACT_PAIRS,
          PaperSchema.REFS_EXACT, EXACT_PAIRS,
          PaperSchema.TAG_EXACT, EXACT,
          PaperSchema.SUMMARY_EXACT, EXACT,
          PaperSchema.AUTHOR, EXACT,
          PaperSchema.META_PORTER, PORTER);

  /**
   * Each field's analyzer: those above, summaries in a language with that language's analyzer
   * ({@link PaperSchema#SUMMARY_LANGUAGE_PREFIX}), the light English stemmer for the rest.
   */
  private static final Analyzer PER_FIELD =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
          if (field.startsWith(PaperSchema.SUMMARY_LANGUAGE_PREFIX)) {
            String language = field.substring(PaperSchema.SUMMARY_LANGUAGE_PREFIX.length());
            return TextLanguages.analyzer(language).orElse(STEMMED);
          }
          return FIELD_ANALYZERS.getOrDefault(field, STEMMED);
        }
      };

  private PaperAnalyzers() {}

  /** English analysis with Porter stemming. */
  public static Analyzer stemmed() {
    return STEMMED;
  }

  /**
   * English analysis with Porter stemming and folded accents: the recall aid, never the main score.
   */
  public static Analyzer porter() {
    return PORTER;
  }

  /** Lower-cased words, no stop words, no stemming. */
  public static Analyzer exact() {
    return EXACT;
  }

  /**
   * A phrase's terms in a field that {@link #hasWordPairs has word pairs}: lower-cased words, with
   * common words joined to their neighbours, positions as in the index.
   */
  public static Analyzer phrase() {
    return PHRASE;
  }

  /**
   * Whether the index field holds word pairs of common words (search its phrases with {@link
   * #phrase()}).
   */
  public static boolean hasWordPairs(String field) {
    return WORD_PAIR_FIELDS.contains(field);
  }

  /** The tokens of text under the analyzer, in order. */
  public static List<String> words(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return out;
  }

  /** The analyzer the index is written with: each field with its own analysis. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /** Lucene's English analysis (Porter) with accents folded before stemming. */
  private static final class PorterAnalyzer extends EnglishWordsAnalyzer {
    @Override
    TokenStream stem(TokenStream words) {
      return new PorterStemFilter(words);
    }
  }

  private enum Pairs {
    NONE,
    INDEX,
    QUERY
  }

  /**
   * Standard tokenizer plus lower case, and word pairs where asked. Values of a multi-valued field
   * (authors, tags) sit far apart, so a phrase never spans two of them: {@code author:"john ada"}
   * does not match the authors "Mary John" and "Ada Lovelace".
   */
  private static final class ExactAnalyzer extends Analyzer {
    /** More than any phrase the query limits allow. */
    private static final int VALUE_GAP = 1000;

    private final Pairs pairs;

    ExactAnalyzer(Pairs pairs) {
      this.pairs = pairs;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      if (pairs != Pairs.NONE) {
        CommonGramsFilter grams = new CommonGramsFilter(result, COMMON);
        result = new SpacedPairs(pairs == Pairs.QUERY ? new CommonGramsQueryFilter(grams) : grams);
      }
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  /**
   * Joins a pair's words with a space instead of CommonGrams' underscore: no word the tokenizer
   * makes contains a space, so a pair never collides with a real word ({@code snake_case}) and a
   * prefix such as {@code stat*} can leave pairs out by excluding spaces.
   */
  private static final class SpacedPairs extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    SpacedPairs(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if ("gram".equals(type.type())) {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
          if (buffer[i] == '_') {
            buffer[i] = ' ';
          }
        }
      }
      return true;
    }
  }
}
