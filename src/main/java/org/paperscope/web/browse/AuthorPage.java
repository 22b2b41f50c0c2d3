package org.paperscope.web.browse;

import java.util.List;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;
import org.paperscope.web.search.FacetFilter;
import org.paperscope.web.search.HitView;
import org.paperscope.web.search.SearchLinks;

/**
 * An author's papers, newest first, under the name as the papers write it most often.
 *
 * @param layout the page frame
 * @param name the author's name as the papers write it most often
 * @param variants other ways the papers write it ("Quoc V. Le"); empty when none
 * @param summary "12 papers"
 * @param papers the papers
 * @param searchHref a search for the author, to combine with other words and facets
 */
public record AuthorPage(
    Layout layout,
    String name,
    List<String> variants,
    String summary,
    List<HitView> papers,
    String searchHref) {

  static AuthorPage of(AuthorPapers author, Messages messages) {
    String name = author.name();
    FacetFilter filter = FacetFilter.of("author", name);
    String search =
        filter == null
            ? "/search?q=" + SearchLinks.encode(name)
            : "/search?q=" + SearchLinks.encode(filter.query());
    return new AuthorPage(
        new Layout(name, "", messages.get("author.description", name)),
        name,
        author.variants(),
        messages.get("count.papers", author.papers().size()),
        author.papers().stream().map(p -> HitView.of(p, messages)).toList(),
        search);
  }
}
