package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small parsers every reader shares: links, list literals, arXiv ids, ratings. */
class FieldParsingTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      delimiter = '|',
      value = {
        "https://github.com/a/b | https://github.com/a/b",
        "HTTP://Example.org/x | HTTP://Example.org/x",
        "github.com/mattjj/pyhsmm | https://github.com/mattjj/pyhsmm",
        "www.github.com/google/compare_gan | https://www.github.com/google/compare_gan",
        "[![github](/images/github_icon.svg) a/b](https://github.com/a/b) + [![pwc](/p.svg)"
            + " 3](https://paperswithcode.com/x) | https://github.com/a/b",
        "[![pwc](/images/pwc_icon.svg) label](/relative) | null",
        "javascript:alert(1) | null",
        "file:///etc/passwd | null",
        "/forum?id=x | null",
        "arXiv:1308.2218 | null",
        "http://a.org/x; http://b.org/y | null",
        "'   ' | null"
      })
  void linkTextKeepsOnlyAbsoluteWebUrls(String raw, String expected) {
    assertThat(LinkText.url(raw)).isEqualTo(expected);
  }

  @Test
  void listLiteralReadsPythonAndJsonQuoting() throws MalformedRecordException {
    assertThat(ListLiteral.parse("f", "['a', \"b'c\", 'd\\'e', ]"))
        .containsExactly("a", "b'c", "d'e");
    assertThat(ListLiteral.parse("f", "[ ]")).isEmpty();
    assertThat(ListLiteral.looksLikeList("[RL] exploration")).isFalse();
  }

  @Test
  void listLiteralRejectsUnquotedOrUnterminatedElements() {
    assertThatThrownBy(() -> ListLiteral.parse("tags", "['a' 'b']"))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("tags: malformed list literal (expected ',' or ']' at character 6)");
    assertThatThrownBy(() -> ListLiteral.parse("tags", "['a]"))
        .hasMessage("tags: malformed list literal (unterminated string at character 4)");
  }

  @ParameterizedTest
  @CsvSource({
    "2101.00001v2, 2101.00001",
    "2101.00001, 2101.00001",
    "hep-th/9901001v1, hep-th/9901001",
    "math.GT/0309136v3, math.GT/0309136",
    "B11bwYgfM, B11bwYgfM"
  })
  void arxivIdsLoseTheirVersion(String id, String expected) {
    assertThat(ArxivIds.withoutVersion(id)).isEqualTo(expected);
  }

  @Test
  void ratingsAreTheMeanOfEveryScoreIncludingRepeats() throws MalformedRecordException {
    assertThat(FieldText.rating("rating", "4;4;8")).isEqualTo(16.0 / 3);
    assertThat(FieldText.rating("rating", " 7 ")).isEqualTo(7.0);
    assertThat(FieldText.rating("rating", " ; ")).isNull();
  }
}
