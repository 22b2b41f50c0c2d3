package org.paperscope.web;

import java.util.List;
import org.paperscope.paper.Paper;

/**
 * An author's papers, newest first.
 *
 * @param layout the page frame
 * @param name the author's name as written on the papers
 * @param summary "12 papers"
 * @param papers the papers
 * @param searchHref a search for the author, to combine with other words and facets
 */
public record AuthorPage(
    Layout layout, String name, String summary, List<HitView> papers, String searchHref) {

  static AuthorPage of(String name, List<Paper> papers) {
    FacetFilter filter = FacetFilter.of("author", name);
    String search =
        filter == null
            ? "/search?q=" + SearchLinks.encode(name)
            : "/search?q=" + SearchLinks.encode(filter.query());
    return new AuthorPage(
        new Layout(name, "", "Papers by " + name),
        name,
        ResultsPage.count(papers.size(), "paper"),
        papers.stream().map(HitView::of).toList(),
        search);
  }
}
