package org.paperscope.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.SearchRequest;
import org.paperscope.tags.TagNames;
import org.paperscope.web.Messages;
import org.paperscope.web.search.ResultsPage.FacetGroup;
import org.paperscope.web.search.ResultsPage.FacetValue;

/**
 * The facet groups of a results page: each dimension's values as links that add an OR within the
 * dimension (the search ORs a dimension's filters) or, for active values, remove it; a "More…" link
 * on a group cut at the page's limit and "Fewer" on the expanded one. Stateless.
 */
public final class ResultFacets {
  private ResultFacets() {}

  /**
   * The groups in display order; dimensions without values are left out.
   *
   * @param counts the search's facets, asked for with one value more than {@code shown} (the
   *     expanded dimension with up to its own limit), so a cut group is known for certain
   * @param shown values listed per group unless expanded
   */
  static List<FacetGroup> of(
      SearchParams params,
      Map<String, Map<String, Long>> counts,
      int shown,
      TagNames tagNames,
      Messages messages) {
    List<FacetFilter> active =
        params.filters().stream().map(FacetFilter::parse).filter(Objects::nonNull).toList();
    List<FacetGroup> groups = new ArrayList<>();
    for (FacetDimension dimension : FacetDimension.values()) {
      Map<String, Long> values = counts.getOrDefault(dimension.key(), Map.of());
      boolean expanded = dimension == params.more();
      boolean cut = !expanded && values.size() > shown;
      List<FacetValue> listed =
          values(params, dimension, values, expanded ? values.size() : shown, tagNames, messages);
      addMissingActive(params, dimension, active, values, listed, tagNames, messages);
      if (!listed.isEmpty()) {
        String more = cut ? SearchLinks.withMore(params, dimension, dimension) : null;
        String fewer = expanded ? SearchLinks.withMore(params, null, dimension) : null;
        String size = expanded ? size(values.size(), messages) : null;
        groups.add(
            new FacetGroup(
                title(dimension, messages), "facet-" + dimension.key(), listed, more, fewer, size));
      }
    }
    return groups;
  }

  /** The heading of a facet dimension, e.g. "Venue"; also a filter chip's and a paper fact's. */
  public static String title(FacetDimension dimension, Messages messages) {
    return messages.get(
        switch (dimension) {
          case VENUE -> "facet.venue";
          case YEAR -> "facet.year";
          case DECISION -> "facet.decision";
          case TAG -> "facet.tag";
          case AUTHOR -> "facet.author";
        });
  }

  /** "523 values", or "first 1,000 values" when the search stopped at its limit. */
  private static String size(int n, Messages messages) {
    return n >= SearchRequest.EXPANDED_FACET_LIMIT
        ? messages.get("facets.size.first", n)
        : messages.get("facets.size", n);
  }

  private static List<FacetValue> values(
      SearchParams params,
      FacetDimension dimension,
      Map<String, Long> counts,
      int max,
      TagNames tagNames,
      Messages messages) {
    List<FacetValue> out = new ArrayList<>();
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      if (out.size() == max) {
        break;
      }
      String count = messages.number(entry.getValue());
      out.add(value(params, dimension, entry.getKey(), count, tagNames));
    }
    return out;
  }

  /**
   * Active values the counts did not list (rarer than those shown) go last, so every active filter
   * of the dimension stays visible and removable here; blank count when the counts lack it.
   */
  private static void addMissingActive(
      SearchParams params,
      FacetDimension dimension,
      List<FacetFilter> active,
      Map<String, Long> counts,
      List<FacetValue> listed,
      TagNames tagNames,
      Messages messages) {
    for (FacetFilter filter : active) {
      boolean listedAlready = listed.stream().anyMatch(v -> v.value().equals(filter.value()));
      if (filter.dimension().equals(dimension.key()) && !listedAlready) {
        Long n = counts.get(filter.value());
        String count = n == null ? "" : messages.number(n);
        listed.add(value(params, dimension, filter.value(), count, tagNames));
      }
    }
  }

  /** A value's link; a tag is labelled with the name papers write most ({@link TagNames}). */
  private static FacetValue value(
      SearchParams params,
      FacetDimension dimension,
      String value,
      String count,
      TagNames tagNames) {
    String label = dimension == FacetDimension.TAG ? tagNames.name(value) : value;
    FacetFilter filter = FacetFilter.of(dimension.key(), value);
    if (filter == null) {
      return new FacetValue(label, count, null, false, value);
    }
    for (String given : params.filters()) {
      FacetFilter parsed = FacetFilter.parse(given);
      if (parsed != null && parsed.sameValue(filter)) {
        return new FacetValue(label, count, SearchLinks.withoutFilter(params, given), true, value);
      }
    }
    return new FacetValue(
        label, count, SearchLinks.withFilter(params, filter.query()), false, value);
  }
}
