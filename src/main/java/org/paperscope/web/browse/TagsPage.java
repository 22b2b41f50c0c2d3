package org.paperscope.web.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.LatexText;
import org.paperscope.tags.TagNames;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;
import org.paperscope.web.Pager;
import org.paperscope.web.search.SearchLinks;

/**
 * One page of the tag list, by count (most used first) or by name, optionally only the tags
 * matching a text (see {@link TagParams#text}); with the totals and links to the other pages, which
 * keep the filter and order.
 *
 * @param layout the page frame
 * @param summary "9,703 tags, from the authors' keywords." or "37 of 9,703 tags match “graph”."
 * @param query the filter box's text; empty for none
 * @param byName true when sorted by name
 * @param limitParam the {@code limit} to keep in the filter form, or {@code null} at the default
 * @param byNameHref the first page sorted by name, same filter
 * @param byCountHref the first page sorted by count, same filter
 * @param allHref every tag in the same order, or {@code null} when there is no filter
 * @param tags this page's tags with their counts and search links
 * @param pager links to the neighbouring pages; {@code null} when every match fits on one
 */
public record TagsPage(
    Layout layout,
    String summary,
    String query,
    boolean byName,
    String limitParam,
    String byNameHref,
    String byCountHref,
    String allHref,
    List<Tag> tags,
    Pager pager) {

  /** Tags per page when {@code limit} is not given: a screenful of columns, not 1 MB of HTML. */
  static final int PAGE_SIZE = 200;

  /** Most tags on one page ({@code limit}). */
  public static final int MAX_LIMIT = 1_000;

  /**
   * A tag with its count and the link to its papers.
   *
   * @param name the way papers write it most often
   * @param aliases the other ways, joined; empty when none
   */
  public record Tag(String name, String aliases, String count, String href) {}

  static TagsPage of(
      TagParams params, TagParams.Selection selection, TagNames names, Messages messages) {
    List<Tag> out = new ArrayList<>(selection.tags().size());
    for (Map.Entry<String, Long> t : selection.tags()) {
      String name = names.name(t.getKey());
      out.add(
          new Tag(
              LatexText.toUnicode(name),
              LatexText.toUnicode(String.join(" · ", names.aliases(t.getKey()))),
              messages.number(t.getValue()),
              SearchLinks.tag(name)));
    }
    boolean filtered = !params.text().isEmpty();
    return new TagsPage(
        new Layout(
            filtered
                ? messages.get("tags.title.matching", params.text())
                : messages.get("tags.title"),
            "",
            ""),
        summary(params, selection, messages),
        params.text(),
        params.byName(),
        params.limit() == PAGE_SIZE ? null : Integer.toString(params.limit()),
        params.withOrder(true).href(PAGE_SIZE),
        params.withOrder(false).href(PAGE_SIZE),
        filtered ? params.withoutText().href(PAGE_SIZE) : null,
        out,
        pager(params, selection.matching(), messages));
  }

  private static String summary(
      TagParams params, TagParams.Selection selection, Messages messages) {
    if (selection.all() == 0) {
      return messages.get("tags.summary.empty");
    }
    if (params.text().isEmpty()) {
      return messages.get("tags.summary", selection.all());
    }
    if (selection.matching() == 0) {
      return messages.get("tags.summary.no-match", selection.all(), params.text());
    }
    return messages.get("tags.summary.match", selection.matching(), selection.all(), params.text());
  }

  private static Pager pager(TagParams params, int matching, Messages messages) {
    if (params.limit() == 0 || (params.offset() == 0 && matching <= params.limit())) {
      return null;
    }
    long last = Math.min(matching, (long) params.offset() + params.limit());
    String range =
        params.offset() >= matching
            ? messages.get("pager.past", matching)
            : messages.get("pager.range", params.offset() + 1L, last, matching);
    String previous =
        params.offset() == 0
            ? null
            : params
                .withOffset(Math.max(0, Math.min(params.offset(), matching) - params.limit()))
                .href(PAGE_SIZE);
    String next = last >= matching ? null : params.withOffset((int) last).href(PAGE_SIZE);
    return new Pager(range, previous, next);
  }
}
