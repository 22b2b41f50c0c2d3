package org.paperscope.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SortOrder;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.WebLimits;

class SearchParamsTest {
  private static SearchParams parse(Map<String, List<String>> params) throws BadParameterException {
    return SearchParams.parse(params, 20, 100, WebLimits.DEFAULTS);
  }

  @Test
  void absentParametersTakeTheirDefaults() throws Exception {
    SearchParams p = parse(Map.of());
    assertThat(p)
        .isEqualTo(
            new SearchParams("", List.of(), SortOrder.RELEVANCE, 0, 20, null, SearchMode.AUTO));
  }

  @Test
  void blankFiltersAreDroppedAndOthersStripped() throws Exception {
    SearchParams p = parse(Map.of("filter", List.of(" ", " venue:\"ICLR\" ", "")));
    assertThat(p.filters()).containsExactly("venue:\"ICLR\"");
  }

  @Test
  void sortNamesAnyCase() throws Exception {
    assertThat(parse(Map.of("sort", List.of("Year"))).sort()).isEqualTo(SortOrder.YEAR);
  }

  @Test
  void moreExpandsOneFacetDimensionNamedInAnyCase() throws Exception {
    SearchParams p = parse(Map.of("more", List.of(" Tag ")));
    assertThat(p.more()).isEqualTo(FacetDimension.TAG);
    SearchRequest request = p.toRequest(11);
    assertThat(request.expandedFacet()).isEqualTo(FacetDimension.TAG);
    assertThat(request.facetLimit(FacetDimension.TAG))
        .isEqualTo(SearchRequest.EXPANDED_FACET_LIMIT);
    assertThat(request.facetLimit(FacetDimension.VENUE)).isEqualTo(11);
    assertThat(parse(Map.of("more", List.of(""))).more()).isNull();
  }

  @Test
  void linksKeepTheExpandedFacetExceptExports() throws Exception {
    SearchParams p = parse(Map.of("q", List.of("graph"), "more", List.of("author")));
    assertThat(SearchLinks.search(p)).isEqualTo("/search?q=graph&more=author");
    assertThat(SearchLinks.withMore(p, null, FacetDimension.AUTHOR))
        .isEqualTo("/search?q=graph#facet-author");
    assertThat(SearchLinks.export(p, "csv")).isEqualTo("/search.csv?q=graph");
  }

  @Test
  void modeNamesAnyCaseReachesTheRequestAndIsKeptByEveryLinkButTheDefault() throws Exception {
    SearchParams p =
        parse(
            Map.of("q", List.of("graph"), "mode", List.of(" Semantic "), "sort", List.of("year")));
    assertThat(p.mode()).isEqualTo(SearchMode.SEMANTIC);
    assertThat(p.toRequest(10).mode()).isEqualTo(SearchMode.SEMANTIC);
    assertThat(SearchLinks.search(p.withOffset(20)))
        .isEqualTo("/search?q=graph&sort=year&mode=semantic&offset=20");
    assertThat(SearchLinks.withFilter(p, "year:2018")).contains("&mode=semantic");
    assertThat(SearchLinks.withSort(p, SortOrder.RATING)).contains("&mode=semantic");
    assertThat(SearchLinks.export(p, "bib"))
        .isEqualTo("/search.bib?q=graph&sort=year&mode=semantic");
    assertThat(SearchLinks.withMode(p, SearchMode.AUTO)).isEqualTo("/search?q=graph&sort=year");
    assertThat(SearchLinks.withMode(p.withOffset(40), SearchMode.KEYWORD))
        .isEqualTo("/search?q=graph&sort=year&mode=keyword");
    assertThat(parse(Map.of("mode", List.of(""))).mode()).isEqualTo(SearchMode.AUTO);
  }

  @Test
  void badValuesNameTheirParameter() {
    assertField(Map.of("limit", List.of("101")), "limit", "limit must be between 0 and 100");
    assertField(Map.of("limit", List.of("x")), "limit", "limit must be a whole number, not 'x'");
    assertField(Map.of("offset", List.of("-1")), "offset", "offset must be between 0 and 10000");
    assertField(
        Map.of("offset", List.of("99999999999")), "offset", "offset must be a whole number");
    assertField(
        Map.of("sort", List.of("size")),
        "sort",
        "unknown sort 'size'; use one of relevance, year, rating");
    assertField(
        Map.of("more", List.of("bogus")),
        "more",
        "unknown facet 'bogus'; use one of venue, year, decision, tag, author");
    assertField(
        Map.of("mode", List.of("vibes")),
        "mode",
        "unknown mode 'vibes'; use one of auto, keyword, semantic, hybrid");
  }

  @Test
  void tooManyFiltersAreRefused() {
    List<String> filters =
        java.util.stream.IntStream.rangeClosed(0, 16).mapToObj(i -> "year:" + (2000 + i)).toList();
    assertField(Map.of("filter", filters), "filter", "at most 16 filters");
  }

  @Test
  void longBadValuesAreShortenedInTheMessage() {
    assertThatThrownBy(() -> parse(Map.of("limit", List.of("9".repeat(200)))))
        .hasMessageContaining("…")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(120));
  }

  private static void assertField(Map<String, List<String>> params, String field, String message) {
    assertThatThrownBy(() -> parse(params))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }
}
