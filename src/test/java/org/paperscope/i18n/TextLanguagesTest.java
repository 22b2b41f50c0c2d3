package org.paperscope.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.paperscope.index.lucene.PaperAnalyzers;

class TextLanguagesTest {
  private static List<String> terms(Analyzer analyzer, String text) {
    return PaperAnalyzers.words(analyzer, text);
  }

  @Test
  void arabicWordFormsShareAStem() {
    Analyzer arabic = TextLanguages.analyzer("ar").orElseThrow();
    // "the networks" and "a network": the article and the plural ending are stripped alike.
    assertThat(terms(arabic, "الشبكات")).isEqualTo(terms(arabic, "شبكة"));
    // Alef forms are normalised: أ, إ and ا read the same.
    assertThat(terms(arabic, "إنتاج")).isEqualTo(terms(arabic, "انتاج"));
  }

  @Test
  void regionsUseTheirLanguagesAnalyzerAndEnglishHasNone() {
    assertThat(TextLanguages.analyzer("pt-BR")).isPresent();
    assertThat(TextLanguages.analyzer("ar-EG"))
        .containsSame(TextLanguages.analyzer("ar").orElseThrow());
    assertThat(TextLanguages.analyzer("en")).isEmpty();
    assertThat(TextLanguages.primary("pt-BR")).isEqualTo("pt");
  }
}
