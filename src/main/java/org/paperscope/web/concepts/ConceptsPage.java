package org.paperscope.web.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.paper.LatexText;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;
import org.paperscope.web.Pager;
import org.paperscope.web.search.SearchLinks;

/**
 * One page of the glossary: concepts by name, by mentions or newest first, optionally only those
 * with a name or alias containing a text.
 *
 * @param layout the page frame
 * @param summary "5,321 concepts papers introduce …" or "12 of 5,321 concepts match “gan”."
 * @param query the filter box's text; empty for none
 * @param sort name, mentions or year
 * @param sortLinks the other orders, same filter
 * @param todayHref the concept of the day
 * @param concepts this page's concepts
 * @param pager links to the neighbouring pages, or null when all fit on one
 */
public record ConceptsPage(
    Layout layout,
    String summary,
    String query,
    String sort,
    List<SortLink> sortLinks,
    String todayHref,
    List<Row> concepts,
    Pager pager) {

  /** Concepts per page. */
  public static final int PAGE_SIZE = 200;

  /** The orders the list can take. */
  public static final List<String> SORTS = Glossary.ORDERS;

  /** An order's link; {@code current} when it is the page's. */
  public record SortLink(String label, String href, boolean current) {}

  /**
   * A concept in the list.
   *
   * @param name its name, in Unicode
   * @param href its page
   * @param aliases its other names, joined
   * @param year the year it was introduced, or ""
   * @param mentions "12 papers"
   */
  public record Row(String name, String href, String aliases, String year, String mentions) {}

  static ConceptsPage of(
      Glossary glossary, String query, String sort, int offset, Messages messages) {
    List<GlossaryEntry> matching = select(glossary, query, sort);
    List<Row> rows = new ArrayList<>();
    for (GlossaryEntry e : matching.stream().skip(offset).limit(PAGE_SIZE).toList()) {
      rows.add(
          new Row(
              LatexText.toUnicode(e.name()),
              ConceptLinks.href(e),
              LatexText.toUnicode(String.join(" · ", e.aliases())),
              e.year() == null ? "" : e.year().toString(),
              messages.get("count.papers", e.mentions())));
    }
    String summary =
        query.isEmpty()
            ? messages.get("concepts.summary", glossary.size())
            : messages.get("concepts.summary.match", matching.size(), glossary.size(), query);
    List<SortLink> sorts = new ArrayList<>();
    for (String s : SORTS) {
      String label =
          switch (s) {
            case "mentions" -> messages.get("concepts.sort.mentions");
            case "year" -> messages.get("concepts.sort.year");
            default -> messages.get("concepts.sort.name");
          };
      sorts.add(new SortLink(label, href(query, s, 0), s.equals(sort)));
    }
    return new ConceptsPage(
        new Layout(messages.get("concepts.title"), "", messages.get("concepts.description")),
        summary,
        query,
        sort,
        sorts,
        "/concepts/today",
        rows,
        pager(query, sort, offset, matching.size(), messages));
  }

  /**
   * The concepts whose name or an alias contains {@code query} (any case), in {@code sort} order.
   */
  static List<GlossaryEntry> select(Glossary glossary, String query, String sort) {
    String needle = query.toLowerCase(Locale.ROOT);
    List<GlossaryEntry> out = new ArrayList<>();
    for (GlossaryEntry e : glossary.entries()) {
      if (needle.isEmpty()
          || e.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))) {
        out.add(e);
      }
    }
    out.sort(Glossary.order(sort));
    return out;
  }

  static String href(String query, String sort, int offset) {
    List<String> parts = new ArrayList<>();
    if (!query.isEmpty()) {
      parts.add("q=" + SearchLinks.encode(query));
    }
    if (!sort.equals("name")) {
      parts.add("sort=" + sort);
    }
    if (offset > 0) {
      parts.add("offset=" + offset);
    }
    return "/concepts" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private static Pager pager(String query, String sort, int offset, int total, Messages messages) {
    if (offset == 0 && total <= PAGE_SIZE) {
      return null;
    }
    long last = Math.min(total, (long) offset + PAGE_SIZE);
    String range =
        offset >= total
            ? messages.get("pager.past", total)
            : messages.get("pager.range", offset + 1L, last, total);
    String previous =
        offset == 0 ? null : href(query, sort, Math.max(0, Math.min(offset, total) - PAGE_SIZE));
    String next = last >= total ? null : href(query, sort, (int) last);
    return new Pager(range, previous, next);
  }
}
