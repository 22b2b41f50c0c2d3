package org.paperscope.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/**
 * English analysis that ranks words without merging ML vocabulary: {@link EnglishWordsAnalyzer}'s
 * words, stemmed by KStem with a short list of ML words it must leave alone. Thread-safe.
 */
final class LightStemAnalyzer extends EnglishWordsAnalyzer {
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
  TokenStream stem(TokenStream words) {
    return new KStemFilter(new StemmerOverrideFilter(words, OVERRIDE_MAP));
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
