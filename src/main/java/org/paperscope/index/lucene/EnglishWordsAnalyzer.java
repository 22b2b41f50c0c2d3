package org.paperscope.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words to be stemmed: standard tokenizer, possessives removed, lower case, accents folded
 * ("Schölkopf" = "scholkopf"), English stop words; each subclass is one stemming technique.
 * Thread-safe.
 */
abstract class EnglishWordsAnalyzer extends Analyzer {
  @Override
  protected final TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new ASCIIFoldingFilter(new LowerCaseFilter(result));
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new TokenStreamComponents(source, stem(result));
  }

  @Override
  protected final TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** The words stemmed. */
  abstract TokenStream stem(TokenStream words);
}
