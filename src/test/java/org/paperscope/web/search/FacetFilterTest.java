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
  void oneFacetValueIsReadBackWithItsLabel() {
    FacetFilter venue = FacetFilter.parse(" venue:\"ICLR\" ");
    assertThat(venue.dimension()).isEqualTo("venue");
    assertThat(venue.value()).isEqualTo("ICLR");
    assertThat(venue.query()).isEqualTo("venue:\"ICLR\"");
    assertThat(venue.label()).isEqualTo("Venue: ICLR");
    assertThat(FacetFilter.parse("year:2018").label()).isEqualTo("Year: 2018");
    assertThat(FacetFilter.parse("tag:\"few-shot learning\"").label())
        .isEqualTo("Tag: few-shot learning");
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
