package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WordFormTest {
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  @AfterAll
  static void close() {
    ENGLISH.close();
  }

  @Test
  void bundledListHasAtLeast45DistinctQueries() {
    List<WordForm> forms = WordForm.bundled();
    assertThat(forms).hasSizeGreaterThanOrEqualTo(45);
    assertThat(forms.stream().map(WordForm::query).distinct()).hasSameSizeAs(forms);
  }

  @Test
  void everyCollidingWordHasTheQueryTokenUnderEnglishAnalyzer() throws IOException {
    for (WordForm form : WordForm.bundled()) {
      String token = token(form.query());
      assertThat(form.colliding()).as(form.query()).isNotEmpty();
      for (String word : form.colliding()) {
        assertThat(token(word)).as(form.query() + " vs " + word).isEqualTo(token);
      }
    }
  }

  @Test
  void familiesHoldTheQueryAndNoCollidingWord() {
    for (WordForm form : WordForm.bundled()) {
      assertThat(form.family()).as(form.query()).contains(form.query());
      assertThat(form.family()).as(form.query()).doesNotContainAnyElementsOf(form.colliding());
      for (String word : form.family()) {
        assertThat(word).as(form.query()).matches("[a-z]+");
      }
    }
  }

  @Test
  void parseSkipsCommentsAndBlankLines() {
    List<WordForm> forms =
        WordForm.parse(List.of("# note", "", "critic\tcritic, critics\tcritical,criticism"));
    assertThat(forms)
        .containsExactly(
            new WordForm("critic", Set.of("critic", "critics"), Set.of("critical", "criticism")));
  }

  @Test
  void parseNamesTheLineWithoutThreeColumns() {
    assertThatThrownBy(() -> WordForm.parse(List.of("# note", "critic\tcritic")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(":2:");
  }

  /** The single token EnglishAnalyzer makes of {@code word}. */
  private static String token(String word) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = ENGLISH.tokenStream("f", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    assertThat(tokens).as(word).hasSize(1);
    return tokens.get(0);
  }
}
