package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperTextTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "already clean text|already clean text",
        "'  padded  '|padded",
        "two  spaces|two spaces",
        "'tab\tand\nnewline'|tab and newline",
        "ﬁne ligature|fine ligature",
        "full－width|full-width",
        "back(cid:173) propagation|backpropagation",
        "algo-(cid:173) rithm|algorithm",
        "zero\u200Bwidth|zerowidth",
        "'   '|",
      })
  void cleanNormalisesUnicodeAndWhitespace(String raw, String expected) {
    assertThat(PaperText.clean(raw)).isEqualTo(expected);
  }

  @Test
  void cleanAllDropsBlanksAndDuplicates() {
    assertThat(PaperText.cleanAll(List.of(" a ", "", "b", "a"))).containsExactly("a", "b");
  }
}
