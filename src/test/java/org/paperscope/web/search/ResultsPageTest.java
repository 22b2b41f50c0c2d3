package org.paperscope.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.WebLimits;

class ResultsPageTest {
  private static final SearchParams PARAMS =
      new SearchParams("graph", List.of(), SortOrder.RELEVANCE, 0, 20, null);

  @Test
  void exportNoteSaysAFileHoldsAtMostTheCapWhenMoreMatch() {
    ResultsPage big =
        ResultsPage.of(
            PARAMS,
            new SearchResult(20_090, List.of(), Map.of()),
            WebLimits.DEFAULTS,
            10,
            Messages.ENGLISH);
    assertThat(big.exportNote())
        .isEqualTo(
            "Each file holds at most 1,000 of the 20,090 papers: add offset=1000 for the next ones,"
                + " or write them all with paperscope export.");
    assertThat(big.exports()).extracting(Link::text).contains("BibTeX", "RIS", "CSV", "JSON");
    ResultsPage small =
        ResultsPage.of(
            PARAMS,
            new SearchResult(1_000, List.of(), Map.of()),
            WebLimits.DEFAULTS,
            10,
            Messages.ENGLISH);
    assertThat(small.exportNote()).isNull();
  }
}
