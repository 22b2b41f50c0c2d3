package org.paperscope.web.search;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.LatexText;
import org.paperscope.search.SearchResult;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.Glossaries;
import org.paperscope.web.Link;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.MalformedSearchException;
import org.paperscope.web.Messages;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.WebLimits;
import org.paperscope.web.concepts.ConceptLinks;

/**
 * The results page ({@code /search}). A bad parameter or a malformed query is shown on the page
 * itself, with a 400.
 *
 * <p>Thread-safe.
 */
public final class SearchRoutes {

  /** Facet values shown per dimension on the results page. */
  private static final int FACET_VALUES = 10;

  private final LiveIndex index;
  private final Glossaries glossaries;
  private final Templates templates;
  private final WebLimits limits;
  private final Messages messages;

  /**
   * @param messages the words of the pages
   */
  public SearchRoutes(
      LiveIndex index,
      Glossaries glossaries,
      Templates templates,
      WebLimits limits,
      Messages messages) {
    this.index = index;
    this.glossaries = glossaries;
    this.templates = templates;
    this.limits = limits;
    this.messages = messages;
  }

  /**
   * {@code /search}: the results page, or a 302 to the paper's page when the query names one paper
   * by id or link.
   */
  public void search(Context ctx) throws IOException {
    Map<String, List<String>> raw = ctx.queryParamMap();
    SearchParams params;
    try {
      params = SearchParams.parse(raw, SearchLinks.PAGE_SIZE, limits.maxPageSize(), limits);
    } catch (BadParameterException e) {
      ctx.status(400);
      page(ctx, ResultsPage.badParameter(lenient(raw), e, messages));
      return;
    }
    try (Snapshot snapshot = index.acquire()) {
      // One value more than shown tells a facet group that was cut from one that was not.
      SearchResult result = Searches.run(snapshot.searcher(), params.toRequest(FACET_VALUES + 1));
      if (result.paperId() != null) {
        ctx.redirect(SearchLinks.paper(result.paperId()), HttpStatus.FOUND);
        return;
      }
      int embedded = snapshot.embeddedCount();
      ResultsPage page =
          ResultsPage.of(
              params, result, embedded, limits, FACET_VALUES, snapshot.tagNames(), messages);
      page(ctx, page.withConcept(concept(snapshot, params.query())));
    } catch (MalformedSearchException e) {
      ctx.status(400);
      page(ctx, ResultsPage.malformed(params, e, messages));
    }
  }

  /**
   * "What is X?" when the query, quotes aside, is the name or an alias of a glossary concept; null
   * otherwise, and while the glossary is first built.
   */
  private Link concept(Snapshot snapshot, String query) {
    String name = query.strip().replaceAll("^[\"“]|[\"”]$", "").strip();
    if (name.isEmpty() || name.length() > MAX_CONCEPT_QUERY) {
      return null;
    }
    return glossaries
        .ready(snapshot)
        .flatMap(g -> g.find(name))
        .map(
            e ->
                new Link(
                    messages.get("search.concept", LatexText.toUnicode(e.name())),
                    ConceptLinks.href(e)))
        .orElse(null);
  }

  /** Longer queries are not a concept's name; no need to look. */
  private static final int MAX_CONCEPT_QUERY = 120;

  private void page(Context ctx, ResultsPage page) {
    templates.answer(ctx, "results", page, messages);
  }

  /** The query and filters as typed, for redrawing the page around a bad parameter. */
  private static SearchParams lenient(Map<String, List<String>> raw) {
    String q = QueryParameters.first(raw, "q");
    List<String> filters =
        new ArrayList<>(
            raw.getOrDefault("filter", List.of()).stream().filter(f -> !f.isBlank()).toList());
    return SearchParams.typed(q == null ? "" : q, filters);
  }
}
