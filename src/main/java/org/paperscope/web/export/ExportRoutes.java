package org.paperscope.web.export;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperscope.export.BibTexWriter;
import org.paperscope.export.ExportFormat;
import org.paperscope.export.PaperExtras;
import org.paperscope.export.PaperWriter;
import org.paperscope.export.ResultCsv;
import org.paperscope.export.TagsAndConcepts;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperPart;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SortOrder;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.MalformedSearchException;
import org.paperscope.web.Messages;
import org.paperscope.web.QueryParameters;
import org.paperscope.web.Snapshot;
import org.paperscope.web.WebLimits;
import org.paperscope.web.api.ApiJson;
import org.paperscope.web.search.SearchLinks;
import org.paperscope.web.search.SearchParams;
import org.paperscope.web.search.Searches;

/**
 * A search's result set as BibTeX, RIS, CSV, JSON or an Atom feed ({@code
 * /search.bib|ris|csv|json|atom}), with the results page's parameters; {@code limit} defaults to
 * and is capped at {@link WebLimits#maxExportSize} (the feed defaults to {@link #FEED_SIZE}), and
 * {@code offset} pages on. Every export says when it holds part of the match set ({@link
 * ExportPage}).
 *
 * <p>Thread-safe.
 */
public final class ExportRoutes {
  /** Entries in a feed when {@code limit} is not given: a feed reader wants the latest few. */
  static final int FEED_SIZE = 50;

  /** Host headers that may appear in absolute links; anything else becomes "localhost". */
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final LiveIndex index;
  private final WebLimits limits;
  private final Messages messages;

  /**
   * @param messages the words of the notes on partial exports and of feed titles
   */
  public ExportRoutes(LiveIndex index, WebLimits limits, Messages messages) {
    this.index = index;
    this.limits = limits;
    this.messages = messages;
  }

  /** {@code /search.bib}: a {@code @comment} first says when the file holds part of the set. */
  public void bib(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    Export export = search(ctx);
    StringWriter out = new StringWriter();
    BibTexWriter writer = new BibTexWriter(out);
    String note = export.page().note(messages);
    if (note != null) {
      writer.comment(messages.get("export.comment", note));
    }
    write(writer, export.papers());
    send(ctx, ExportFormat.BIBTEX, export.page(), out);
  }

  /** {@code /search.ris}: RIS has no comment, so only the headers and file name say it. */
  public void ris(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    Export export = search(ctx);
    StringWriter out = new StringWriter();
    write(ExportFormat.RIS.open(out), export.papers());
    send(ctx, ExportFormat.RIS, export.page(), out);
  }

  /**
   * {@code /search.csv}, with a UTF-8 byte order mark for Excel when {@code bom=1}. Only the
   * headers and file name say when it holds part of the set: a note row would be read as a paper.
   */
  public void csv(Context ctx) throws IOException, BadParameterException, MalformedSearchException {
    boolean bom = QueryParameters.integer(ctx.queryParamMap(), "bom", 0, 0, 1) == 1;
    Export export = search(ctx);
    StringWriter out = new StringWriter();
    PaperExtras vectors =
        new PaperExtras() {
          @Override
          public boolean hasVector(Paper paper) {
            return export.withVector().contains(paper.id());
          }

          @Override
          public String autoTldr(Paper paper) {
            return export.autoTldrs().get(paper.id());
          }

          @Override
          public List<String> autoTags(Paper paper) {
            return export.autoTags().getOrDefault(paper.id(), List.of());
          }
        };
    write(
        bom ? ResultCsv.openForExcel(out, vectors) : ResultCsv.open(out, vectors), export.papers());
    send(ctx, ExportFormat.CSV, export.page(), out);
  }

  /**
   * {@code {"total","offset","returned","truncated","next","note","papers":[every field of each
   * paper]}}; total counts the whole match set, next and note are null for the whole set.
   */
  public void json(Context ctx)
      throws IOException, BadParameterException, MalformedSearchException {
    Export export = search(ctx);
    ExportPage page = export.page();
    var node = PaperJson.mapper().createObjectNode();
    node.put("total", page.total());
    node.put("offset", page.offset());
    node.put("returned", page.returned());
    node.put("truncated", page.truncated());
    node.put("next", page.next());
    node.put("note", page.note(messages));
    var list = node.putArray("papers");
    export
        .papers()
        .forEach(
            p ->
                list.add(
                    TagsAndConcepts.add(
                        PaperJson.toNode(p, export.autoTldrs().get(p.id()))
                            .put("hasVector", export.withVector().contains(p.id())),
                        p,
                        export.autoTags().getOrDefault(p.id(), List.of()))));
    page.headers(ctx);
    attachment(ctx, "application/json", page.filename("json"));
    ctx.result(ApiJson.write(node));
  }

  public void atom(Context ctx)
      throws IOException, BadParameterException, MalformedSearchException {
    try (Snapshot snapshot = index.acquire()) {
      SearchParams params =
          SearchParams.parse(ctx.queryParamMap(), FEED_SIZE, limits.maxExportSize(), limits);
      String sort = ctx.queryParam("sort");
      if (sort == null || sort.isBlank()) {
        params = params.withSort(SortOrder.YEAR); // a feed reader wants the newest papers first
      }
      SearchResult result = Searches.run(snapshot.searcher(), params.toRequest(0));
      String base = baseUrl(ctx);
      String title =
          params.query().isBlank()
              ? messages.get("feed.title.all")
              : messages.get("feed.title", params.query());
      List<Paper> papers = result.hits().stream().map(SearchResult.Hit::paper).toList();
      ExportPage page =
          ExportPage.of(ctx, result.total(), params.offset(), papers.size(), limits.maxOffset());
      String feed =
          AtomFeed.write(
              title,
              base + SearchLinks.export(params, "atom"),
              base + SearchLinks.search(params),
              base,
              snapshot.openedAt(),
              papers,
              autoTldrs(result),
              page);
      page.headers(ctx);
      ctx.contentType("application/atom+xml; charset=utf-8").result(feed);
    }
  }

  /**
   * Scheme, host and port of this server as the client addressed it, for absolute links in feeds
   * and paging; a malformed Host header falls back to localhost. Never a paper's citation URL.
   */
  public static String baseUrl(Context ctx) {
    String host = ctx.host();
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    return ctx.scheme() + "://" + host;
  }

  private static Map<String, String> autoTldrs(SearchResult result) {
    Map<String, String> autoTldrs = new HashMap<>();
    for (SearchResult.Hit hit : result.hits()) {
      if (hit.autoTldr() != null) {
        autoTldrs.put(hit.paper().id(), hit.autoTldr());
      }
    }
    return autoTldrs;
  }

  /**
   * The papers of one export response, which part of the match set they are, the ids of those with
   * a sentence embedding, and their generated TL;DRs by id.
   */
  private record Export(
      List<Paper> papers,
      ExportPage page,
      Set<String> withVector,
      Map<String, String> autoTldrs,
      Map<String, List<String>> autoTags) {}

  private Export search(Context ctx)
      throws IOException, BadParameterException, MalformedSearchException {
    int max = limits.maxExportSize();
    SearchParams params = SearchParams.parse(ctx.queryParamMap(), max, max, limits);
    List<Paper> papers;
    Set<String> withVector = new HashSet<>();
    Map<String, List<String>> autoTags = new HashMap<>();
    SearchResult result;
    try (Snapshot snapshot = index.acquire()) {
      result = Searches.run(snapshot.searcher(), params.toRequest(0));
      papers = result.hits().stream().map(SearchResult.Hit::paper).toList();
      for (Paper paper : papers) {
        if (snapshot.searcher().has(paper.id(), PaperPart.EMBEDDING)) {
          withVector.add(paper.id());
        }
        if (paper.keywords().isEmpty()) {
          autoTags.put(paper.id(), snapshot.searcher().autoTags(paper.id()));
        }
      }
    }
    ExportPage page =
        ExportPage.of(ctx, result.total(), params.offset(), papers.size(), limits.maxOffset());
    return new Export(papers, page, withVector, autoTldrs(result), autoTags);
  }

  private static void write(PaperWriter writer, List<Paper> papers) throws IOException {
    for (Paper paper : papers) {
      writer.write(paper);
    }
  }

  private static void send(Context ctx, ExportFormat format, ExportPage page, StringWriter out) {
    page.headers(ctx);
    attachment(ctx, format.mediaType() + "; charset=utf-8", page.filename(format.extension()));
    ctx.result(out.toString());
  }

  private static void attachment(Context ctx, String type, String filename) {
    ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}
