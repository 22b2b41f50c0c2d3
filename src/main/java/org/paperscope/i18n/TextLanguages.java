package org.paperscope.i18n;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The Lucene analyzer for text written in a language, by its BCP 47 primary tag: Arabic
 * (normalisation and light stemming), Persian, German, French, Spanish, Italian, Portuguese,
 * Russian, Turkish, Hindi, and Chinese, Japanese and Korean as overlapping character pairs. Other
 * languages (English among them) have none here: their text goes to the English-stemmed fields.
 *
 * <p>Analyzers are thread-safe; one instance per language, built on first use.
 */
public final class TextLanguages {
  private static final Map<String, Supplier<Analyzer>> FACTORIES =
      Map.ofEntries(
          Map.entry("ar", ArabicAnalyzer::new),
          Map.entry("fa", PersianAnalyzer::new),
          Map.entry("de", GermanAnalyzer::new),
          Map.entry("fr", FrenchAnalyzer::new),
          Map.entry("es", SpanishAnalyzer::new),
          Map.entry("it", ItalianAnalyzer::new),
          Map.entry("pt", PortugueseAnalyzer::new),
          Map.entry("ru", RussianAnalyzer::new),
          Map.entry("tr", TurkishAnalyzer::new),
          Map.entry("hi", HindiAnalyzer::new),
          Map.entry("zh", CJKAnalyzer::new),
          Map.entry("ja", CJKAnalyzer::new),
          Map.entry("ko", CJKAnalyzer::new));

  private static final Map<String, Analyzer> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  private TextLanguages() {}

  /** The primary languages that have their own analyzer, e.g. {@code ar}. */
  public static java.util.Set<String> analyzed() {
    return FACTORIES.keySet();
  }

  /** The analyzer for a language tag ({@code ar}, {@code pt-BR}), or empty when it has none. */
  public static Optional<Analyzer> analyzer(String tag) {
    String primary = primary(tag);
    Supplier<Analyzer> factory = FACTORIES.get(primary);
    return factory == null
        ? Optional.empty()
        : Optional.of(BUILT.computeIfAbsent(primary, p -> factory.get()));
  }

  /** The primary language of a tag, lower case: {@code pt-BR} → {@code pt}. */
  public static String primary(String tag) {
    return tag == null ? "" : java.util.Locale.forLanguageTag(tag).getLanguage();
  }
}
