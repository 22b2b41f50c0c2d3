package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacetFilterTest {
  @Test
  void valuesBecomeFieldPhrasesAndYearsNumbers() {
    assertThat(FacetFilter.of("venue", "ICLR").query()).isEqualTo("venue:\"ICLR\"");
    assertThat(FacetFilter.of("tag", "few-shot learning").query())
        .isEqualTo("tag:\"few-shot learning\"");
    assertThat(FacetFilter.of("year", "2018").query()).isEqualTo("year:2018");
  }

  @Test
  void inexpressibleValuesHaveNoFilter() {
    assertThat(FacetFilter.of("tag", "say \"hi\"")).isNull();
    assertThat(FacetFilter.of("tag", "“curly”")).isNull();
    assertThat(FacetFilter.of("year", "20x8")).isNull();
    assertThat(FacetFilter.of("colour", "red")).isNull();
    assertThat(FacetFilter.of("venue", " ")).isNull();
  }
}
