package org.paperscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis that ranks words without merging ML vocabulary: standard tokenizer, possessives
 * removed, lower case, accents folded ("Schölkopf" = "scholkopf"), English stop words, then KStem
 * with a short list of ML words it must leave alone. Thread-safe.
 */
final class LightStemAnalyzer extends Analyzer {
  /**
   * Words KStem would merge with a word of another meaning in ML papers, mapped to their own stem:
   * "variational" (inference, autoencoders) would become "variation", a GAN's "discriminator"
   * "discriminate" (as "discriminative" does), "contrastive" (learning) "contrast", "conformal"
   * (prediction) "conform", and the model parts "encoder", "decoder", "regressor", "predictor" and
   * "tokenizer" the verbs "encode" … whose "-ing" forms name processes, not parts.
   */
  private static final Map<String, String> OVERRIDES =
      Map.ofEntries(
          Map.entry("variational", "variational"),
          Map.entry("discriminator", "discriminator"),
          Map.entry("discriminators", "discriminator"),
          Map.entry("contrastive", "contrastive"),
          Map.entry("conformal", "conformal"),
          Map.entry("encoder", "encoder"),
          Map.entry("encoders", "encoder"),
          Map.entry("decoder", "decoder"),
          Map.entry("decoders", "decoder"),
          Map.entry("regressor", "regressor"),
          Map.entry("regressors", "regressor"),
          Map.entry("predictor", "predictor"),
          Map.entry("predictors", "predictor"),
          Map.entry("tokenizer", "tokenizer"),
          Map.entry("tokenizers", "tokenizer"));

  private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDE_MAP = overrideMap();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new ASCIIFoldingFilter(new LowerCaseFilter(result));
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = new StemmerOverrideFilter(result, OVERRIDE_MAP);
    result = new KStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static StemmerOverrideFilter.StemmerOverrideMap overrideMap() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    OVERRIDES.forEach(builder::add);
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("building an in-memory map cannot fail", e);
    }
  }
}
