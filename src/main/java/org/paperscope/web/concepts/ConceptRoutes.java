package org.paperscope.web.concepts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.glossary.GlossaryJson;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.Glossaries;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.Messages;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.export.ExportRoutes;

/**
 * The glossary's pages: {@code /concepts} (every concept; {@code q}, {@code sort}, {@code offset}),
 * {@code /concepts/{name}} ("What is X?"), {@code /concepts/today} and {@code /concepts/feed.atom}
 * (the concept of the day; {@code date=YYYY-MM-DD} for another day).
 *
 * <p>Thread-safe.
 */
public final class ConceptRoutes {
  private final LiveIndex index;
  private final Glossaries glossaries;
  private final Templates templates;
  private final Messages messages;
  private final Clock clock;

  public ConceptRoutes(
      LiveIndex index, Glossaries glossaries, Templates templates, Messages messages, Clock clock) {
    this.index = index;
    this.glossaries = glossaries;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  public void list(Context ctx) throws IOException, BadParameterException {
    Map<String, List<String>> params = ctx.queryParamMap();
    String query = QueryParameters.text(params, "q");
    String sort = sort(params);
    int offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE);
    try (Snapshot snapshot = index.acquire()) {
      Glossary glossary = glossaries.await(snapshot);
      templates.answer(
          ctx,
          "concepts",
          ConceptsPage.of(glossary, query.strip(), sort, offset, messages),
          messages);
    }
  }

  public void concept(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      Glossary glossary = glossaries.await(snapshot);
      String name = ctx.pathParam("name");
      GlossaryEntry entry =
          glossary.find(name).orElseThrow(() -> new NotFoundException("error.no-concept", name));
      ConceptPage page = ConceptPage.of(entry, glossary, snapshot.searcher(), null, messages);
      templates.answer(ctx, "concept", page, messages);
    }
  }

  public void today(Context ctx) throws IOException, NotFoundException, BadParameterException {
    LocalDate day = day(ctx);
    try (Snapshot snapshot = index.acquire()) {
      Glossary glossary = glossaries.await(snapshot);
      GlossaryEntry entry =
          glossary.ofDay(day).orElseThrow(() -> new NotFoundException("error.no-concepts"));
      ConceptPage page = ConceptPage.of(entry, glossary, snapshot.searcher(), day, messages);
      templates.answer(ctx, "concept", page, messages);
    }
  }

  public void feed(Context ctx) throws IOException, BadParameterException {
    LocalDate day = day(ctx);
    try (Snapshot snapshot = index.acquire()) {
      Glossary glossary = glossaries.await(snapshot);
      String xml =
          ConceptFeed.write(
              messages.get("concept.feed.title"),
              ExportRoutes.baseUrl(ctx),
              glossary.days(day, ConceptFeed.DAYS),
              snapshot.searcher());
      ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }
  }

  /**
   * {@code GET /api/v1/concepts}: {@code {"total","concepts":[summary…]}}; q, sort, limit, offset.
   */
  public void apiList(Context ctx) throws IOException, BadParameterException {
    Map<String, List<String>> params = ctx.queryParamMap();
    String query = QueryParameters.text(params, "q");
    String sort = sort(params);
    int limit = QueryParameters.integer(params, "limit", API_LIMIT, 0, MAX_API_LIMIT);
    int offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE);
    try (Snapshot snapshot = index.acquire()) {
      List<GlossaryEntry> matching = ConceptsPage.select(glossaries.await(snapshot), query, sort);
      ObjectNode body = PaperJson.mapper().createObjectNode();
      body.put("total", matching.size());
      body.set(
          "concepts", GlossaryJson.summaries(matching.stream().skip(offset).limit(limit).toList()));
      json(ctx, body);
    }
  }

  /**
   * {@code GET /api/v1/concepts/{name}}: the concept in full ({@link GlossaryJson#detail}) with
   * {@code url} (its page) and {@code paper} (the defining paper, as {@code /api/v1/papers/{id}}
   * gives it).
   */
  public void apiConcept(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      Glossary glossary = glossaries.await(snapshot);
      String name = ctx.pathParam("name");
      GlossaryEntry entry =
          glossary.find(name).orElseThrow(() -> new NotFoundException("error.no-concept", name));
      ObjectNode body = GlossaryJson.detail(entry, glossary);
      body.put("url", ConceptLinks.href(entry));
      var paper = snapshot.searcher().paper(entry.definedBy());
      if (paper.isPresent()) {
        String auto = snapshot.searcher().autoTldr(entry.definedBy()).orElse(null);
        body.set("paper", PaperJson.toNode(paper.get(), auto));
      }
      json(ctx, body);
    }
  }

  /** Concepts an API list gives when {@code limit} is not given, and the most it gives. */
  static final int API_LIMIT = 100;

  static final int MAX_API_LIMIT = 10_000;

  private static void json(Context ctx, ObjectNode body) throws IOException {
    ctx.contentType("application/json").result(PaperJson.mapper().writeValueAsString(body));
  }

  private String sort(Map<String, List<String>> params) throws BadParameterException {
    String sort = QueryParameters.text(params, "sort");
    if (sort.isEmpty()) {
      return "name";
    }
    if (!ConceptsPage.SORTS.contains(sort)) {
      throw new BadParameterException("sort", "param.concepts.sort", sort);
    }
    return sort;
  }

  /** The {@code date} parameter, or today (UTC). */
  private LocalDate day(Context ctx) throws BadParameterException {
    String date = QueryParameters.text(ctx.queryParamMap(), "date");
    if (date.isEmpty()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new BadParameterException("date", "param.date", date);
    }
  }
}
