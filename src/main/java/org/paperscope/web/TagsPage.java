package org.paperscope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.paper.LatexText;

/**
 * Every tag with its count, by count (most used first) or by name.
 *
 * @param layout the page frame
 * @param summary "3,210 tags"
 * @param byName true when sorted by name
 * @param byNameHref the page sorted by name
 * @param byCountHref the page sorted by count
 * @param tags each tag with its count and search link
 */
public record TagsPage(
    Layout layout,
    String summary,
    boolean byName,
    String byNameHref,
    String byCountHref,
    List<Tag> tags) {

  /** A tag with its count and the link to its papers. */
  public record Tag(String name, String count, String href) {}

  static TagsPage of(List<Map.Entry<String, Long>> tags, boolean byName) {
    List<Tag> out = new ArrayList<>(tags.size());
    for (Map.Entry<String, Long> t : tags) {
      out.add(
          new Tag(
              LatexText.toUnicode(t.getKey()),
              String.format(Locale.ROOT, "%,d", t.getValue()),
              SearchLinks.tag(t.getKey())));
    }
    return new TagsPage(
        Layout.of("Tags"),
        ResultsPage.count(tags.size(), "tag"),
        byName,
        "/tags?sort=name",
        "/tags",
        out);
  }
}
