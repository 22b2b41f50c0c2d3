package org.paperscope.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextLanguagesTest {
  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void arabicWordFormsShareAStem() throws IOException {
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
