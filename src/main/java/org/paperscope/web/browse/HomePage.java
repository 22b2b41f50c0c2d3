package org.paperscope.web.browse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.paperscope.paper.LatexText;
import org.paperscope.tags.TagInspiration;
import org.paperscope.tags.TagNames;
import org.paperscope.web.Layout;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.Snapshot;
import org.paperscope.web.search.FacetFilter;
import org.paperscope.web.search.SearchLinks;
import org.paperscope.web.search.SearchParams;

/**
 * The home page: the search box, the corpus size, how much of it can be searched by meaning, five
 * random tags as inspiration and the most recent venues.
 *
 * @param layout the page frame
 * @param corpus "20,417 papers"
 * @param meaning whether search by meaning is available: for all papers, for some ("18,402 of
 *     20,417 papers embedded…") or none yet
 * @param inspiration random tags, each a link to its search
 * @param venues recent venue-years, each a link to its papers, with counts
 */
public record HomePage(
    Layout layout,
    String corpus,
    String meaning,
    List<Link> inspiration,
    List<Venue> venues,
    List<Venue> summaryLanguages) {

  /** This page with the languages community summaries are written in, each with its count. */
  HomePage withSummaryLanguages(Map<String, Integer> counts, Messages messages) {
    Map<String, Integer> byLanguage = new java.util.LinkedHashMap<>();
    counts.forEach(
        (tag, n) ->
            byLanguage.merge(org.paperscope.i18n.TextLanguages.primary(tag), n, Integer::sum));
    List<Venue> languages = new ArrayList<>();
    byLanguage.forEach(
        (tag, n) -> {
          String name = java.util.Locale.forLanguageTag(tag).getDisplayName(messages.locale());
          languages.add(
              new Venue(
                  name.isEmpty() ? tag : name,
                  "/search?q=" + SearchLinks.encode("lang:" + tag),
                  messages.get("count.summaries", n)));
        });
    return new HomePage(layout, corpus, meaning, inspiration, venues, languages);
  }

  /** Tags suggested on the home page. */
  public static final int INSPIRATION_TAGS = 5;

  /**
   * Suggestions are drawn from this many most used tags, so each one leads to a real set of papers
   * rather than a one-off keyword.
   */
  static final int INSPIRATION_POOL = 200;

  /** Venue-years listed. */
  static final int RECENT_VENUES = 8;

  /** A venue-year link with its paper count. */
  public record Venue(String label, String href, String count) {}

  static HomePage of(Snapshot snapshot, RandomGenerator random, Messages messages)
      throws IOException {
    List<Venue> venues = new ArrayList<>();
    for (Snapshot.VenueYear v : snapshot.venueYears().stream().limit(RECENT_VENUES).toList()) {
      venues.add(
          new Venue(
              v.venue() + " " + v.year(), venueHref(v), messages.get("count.papers", v.count())));
    }
    return new HomePage(
        Layout.of(""),
        messages.get("count.papers", snapshot.paperCount()),
        meaning(snapshot.embeddedCount(), snapshot.paperCount(), messages),
        inspiration(snapshot.tags(), snapshot.tagNames(), random),
        venues,
        List.of());
  }

  static String meaning(int embedded, int papers, Messages messages) {
    if (embedded == 0) {
      return messages.get("home.meaning.none");
    }
    return embedded >= papers
        ? messages.get("home.meaning.all")
        : messages.get("home.meaning.some", embedded, papers);
  }

  private static List<Link> inspiration(
      Map<String, Long> tags, TagNames names, RandomGenerator random) {
    List<Link> out = new ArrayList<>();
    for (String tag : TagInspiration.pick(tags, INSPIRATION_POOL, INSPIRATION_TAGS, random)) {
      String name = names.name(tag);
      out.add(new Link(LatexText.toUnicode(name), SearchLinks.tag(name)));
    }
    return out;
  }

  private static String venueHref(Snapshot.VenueYear v) {
    List<String> filters = new ArrayList<>();
    FacetFilter venue = FacetFilter.of("venue", v.venue());
    if (venue != null) {
      filters.add(venue.query());
    }
    filters.add("year:" + v.year());
    return SearchLinks.search(SearchParams.filtered(filters));
  }
}
