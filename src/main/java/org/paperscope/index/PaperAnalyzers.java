package org.paperscope.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyses of the index: {@link #stemmed()} (Lucene's English analyzer: standard
 * tokenizer, possessives, lower case, English stop words, Porter stemming) ranks words; {@link
 * #exact()} (standard tokenizer, lower case, nothing removed or stemmed) answers quoted phrases
 * with the exact words typed.
 *
 * <p>Analyzers are thread-safe; share the instances.
 */
public final class PaperAnalyzers {
  private static final Analyzer STEMMED = new EnglishAnalyzer();
  private static final Analyzer EXACT = new ExactAnalyzer();
  private static final Analyzer PER_FIELD =
      new PerFieldAnalyzerWrapper(
          STEMMED,
          Map.of(
              PaperSchema.TITLE_EXACT, EXACT,
              PaperSchema.ABSTRACT_EXACT, EXACT,
              PaperSchema.TLDR_EXACT, EXACT,
              PaperSchema.TEXT_EXACT, EXACT,
              PaperSchema.REFS_EXACT, EXACT,
              PaperSchema.TAG_EXACT, EXACT,
              PaperSchema.AUTHOR, EXACT));

  private PaperAnalyzers() {}

  /** English analysis with Porter stemming. */
  public static Analyzer stemmed() {
    return STEMMED;
  }

  /** Lower-cased words, no stop words, no stemming. */
  public static Analyzer exact() {
    return EXACT;
  }

  /** The analyzer the index is written with: each field with its own analysis. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /**
   * Standard tokenizer plus lower case. Values of a multi-valued field (authors, tags) sit far
   * apart, so a phrase never spans two of them: {@code author:"john ada"} does not match the
   * authors "Mary John" and "Ada Lovelace".
   */
  private static final class ExactAnalyzer extends Analyzer {
    /** More than any phrase the query limits allow. */
    private static final int VALUE_GAP = 1000;

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
