package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TexAccentsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bal\\'azs | Balázs",
        "Bal\\'{a}zs | Balázs",
        "Schr\\\"{o}dinger | Schrödinger",
        "Schr\\\"odinger | Schrödinger",
        "{\\o}stergaard | østergaard",
        "Erd\\H{o}s | Erdős",
        "Fran\\c{c}ois | François",
        "Pe\\~na | Peña",
        "\\'{\\i}ndice | índice",
        "$\\alpha \\leq \\beta$ | $\\alpha \\leq \\beta$"
      })
  void texAccentsBecomeUnicode(String tex, String expected) {
    String decoded = PaperText.clean(TexAccents.decode(tex));
    assertThat(decoded).isEqualTo(PaperText.clean(expected));
  }
}
