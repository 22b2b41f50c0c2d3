package org.paperscope.web.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.paperscope.paper.TextKeys;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.search.SearchLinks;

/**
 * What part of the tag list to show, as {@code /tags} and {@code /api/v1/tags} both take it: {@code
 * q}, {@code sort}, {@code offset} and {@code limit}.
 *
 * @param text how a word of every listed tag starts (or words: "few sh" finds "Few-Shot Learning"),
 *     compared with accents, case and punctuation folded; blank for every tag
 * @param byName alphabetical order; otherwise most used first, ties by name
 * @param offset matching tags skipped, in that order; not negative
 * @param limit most tags listed; not negative
 */
public record TagParams(String text, boolean byName, int offset, int limit) {

  /**
   * The tags that match, and the page of them asked for.
   *
   * @param tags this page of matching tags, in order, with their counts
   * @param matching how many tags match, before offset and limit
   * @param all how many tags there are
   */
  public record Selection(List<Map.Entry<String, Long>> tags, int matching, int all) {}

  /**
   * Reads the parameters; {@code limit} is {@code defaultLimit} when absent.
   *
   * @throws BadParameterException for an unknown sort or an offset or limit out of range
   */
  public static TagParams parse(Map<String, List<String>> params, int defaultLimit, int maxLimit)
      throws BadParameterException {
    String q = QueryParameters.first(params, "q");
    return new TagParams(
        q == null ? "" : q.strip(),
        byName(QueryParameters.first(params, "sort")),
        QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE),
        QueryParameters.integer(params, "limit", defaultLimit, 0, maxLimit));
  }

  private static boolean byName(String sort) throws BadParameterException {
    if (sort == null || sort.isBlank() || sort.strip().equals("count")) {
      return false;
    }
    if (sort.strip().equals("name")) {
      return true;
    }
    throw new BadParameterException("sort", "param.tags.sort", sort);
  }

  /**
   * The tags that match, sorted, and the page of them from {@code offset}.
   *
   * @param tagsByCount every tag with its count, most used first, ties by name
   */
  public Selection select(Map<String, Long> tagsByCount) {
    Predicate<String> matches = matcher();
    List<Map.Entry<String, Long>> matching = new ArrayList<>();
    for (Map.Entry<String, Long> tag : tagsByCount.entrySet()) {
      if (matches.test(tag.getKey())) {
        matching.add(tag);
      }
    }
    if (byName) {
      matching.sort(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s)));
    }
    int from = Math.min(offset, matching.size());
    int to = (int) Math.min((long) from + limit, matching.size());
    return new Selection(
        List.copyOf(matching.subList(from, to)), matching.size(), tagsByCount.size());
  }

  /** The same list from another offset. */
  TagParams withOffset(int newOffset) {
    return new TagParams(text, byName, newOffset, limit);
  }

  /** The same filter in another order, from the start. */
  TagParams withOrder(boolean newByName) {
    return new TagParams(text, newByName, 0, limit);
  }

  /** Every tag in the same order, from the start. */
  TagParams withoutText() {
    return new TagParams("", byName, 0, limit);
  }

  /**
   * The {@code /tags} link for these parameters; those at their defaults ({@code defaultLimit} for
   * {@code limit}) are left out.
   */
  String href(int defaultLimit) {
    List<String> parts = new ArrayList<>();
    if (!text.isEmpty()) {
      parts.add("q=" + SearchLinks.encode(text));
    }
    if (byName) {
      parts.add("sort=name");
    }
    if (offset > 0) {
      parts.add("offset=" + offset);
    }
    if (limit != defaultLimit) {
      parts.add("limit=" + limit);
    }
    return parts.isEmpty() ? "/tags" : "/tags?" + String.join("&", parts);
  }

  /**
   * Folded match at the start of a word ("graph" finds "deep graph learning", not "photography");
   * text that folds to nothing (only punctuation, "++") is matched anywhere as typed, case aside.
   */
  private Predicate<String> matcher() {
    if (text.isBlank()) {
      return tag -> true;
    }
    String key = TextKeys.fold(text);
    if (key.isEmpty()) {
      String lower = text.toLowerCase(Locale.ROOT);
      return tag -> tag.toLowerCase(Locale.ROOT).contains(lower);
    }
    String wordStart = " " + key;
    return tag -> (" " + TextKeys.fold(tag)).contains(wordStart);
  }
}
