package org.paperscope.web.search;

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

  @Test
  void oneFacetValueIsReadBack() {
    FacetFilter venue = FacetFilter.parse(" venue:\"ICLR\" ");
    assertThat(venue.dimension()).isEqualTo("venue");
    assertThat(venue.value()).isEqualTo("ICLR");
    assertThat(venue.query()).isEqualTo("venue:\"ICLR\"");
    assertThat(FacetFilter.parse("year:2018").value()).isEqualTo("2018");
    FacetFilter tag = FacetFilter.parse("tag:\"few-shot learning\"");
    assertThat(tag.dimension()).isEqualTo("tag");
    assertThat(tag.value()).isEqualTo("few-shot learning");
    assertThat(FacetFilter.parse("venue:ICLR").sameValue(FacetFilter.of("venue", "ICLR"))).isTrue();
  }

  @Test
  void otherFiltersAreNoFacetValue() {
    assertThat(FacetFilter.parse("year:2018..2020")).isNull();
    assertThat(FacetFilter.parse("title:graph")).isNull();
    assertThat(FacetFilter.parse("-venue:\"ICLR\"")).isNull();
    assertThat(FacetFilter.parse("venue:\"ICLR\" OR venue:\"NeurIPS\"")).isNull();
    assertThat(FacetFilter.parse("colour:\"red\"")).isNull();
    assertThat(FacetFilter.parse("graph")).isNull();
  }
}
