package org.paperscope.web.paper;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import org.paperscope.export.BibTex;
import org.paperscope.export.ExportFormat;
import org.paperscope.paper.Paper;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.Glossaries;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.Messages;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.Viewer;
import org.paperscope.web.search.SearchLinks;
import org.paperscope.web.summaries.SummaryBoard;

/**
 * A paper's page ({@code /papers/{id}}), with its similar papers, and its views: BibTeX and RIS
 * ({@code .bib}, {@code .ris}), the PDF's first-page thumbnail ({@code /thumbnail.png}) and the
 * reading room ({@code /text}); {@code /similar} redirects to the page's similar papers.
 *
 * <p>Thread-safe.
 */
public final class PaperRoutes {
  private final LiveIndex index;
  private final Glossaries glossaries;
  private final Templates templates;
  private final Messages messages;
  private final SummaryBoard summaries;

  /**
   * @param messages the words of the pages
   * @param summaries the community summaries each page lists
   */
  public PaperRoutes(
      LiveIndex index,
      Glossaries glossaries,
      Templates templates,
      Messages messages,
      SummaryBoard summaries) {
    this.index = index;
    this.glossaries = glossaries;
    this.templates = templates;
    this.messages = messages;
    this.summaries = summaries;
  }

  /**
   * {@code /papers/{id}} and its views. Ids may contain {@code /} (old arXiv ids), so the suffixes
   * are only taken off when the whole path is not an id ({@link PaperPath}).
   */
  public void paper(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      PaperPath path = PaperPath.resolve(snapshot.searcher(), ctx.pathParam("id"));
      Paper paper = path.paper();
      switch (path.view()) {
        case BIBTEX -> citation(ctx, paper, ExportFormat.BIBTEX);
        case RIS -> citation(ctx, paper, ExportFormat.RIS);
        case THUMBNAIL -> thumbnail(ctx, snapshot, paper);
        case TEXT -> {
          ReadingPage page = ReadingPage.of(paper, path.text(snapshot.searcher()), messages);
          templates.answer(ctx, "text", page, messages);
        }
        case SIMILAR -> ctx.redirect(SearchLinks.similar(paper.id()), HttpStatus.FOUND);
        case TLDR ->
            ctx.redirect(SearchLinks.paper(paper.id()) + "#tldr-heading", HttpStatus.FOUND);
        case SUMMARIES ->
            ctx.redirect(SearchLinks.paper(paper.id()) + "#summaries", HttpStatus.FOUND);
        case PAGE -> page(ctx, snapshot, paper);
      }
    }
  }

  private void page(Context ctx, Snapshot snapshot, Paper paper) throws IOException {
    boolean thumbnail = snapshot.searcher().thumbnail(paper).isPresent();
    boolean text = snapshot.searcher().fullText(paper).isPresent();
    String autoTldr = snapshot.searcher().autoTldr(paper.id()).orElse(null);
    PaperPage page =
        PaperPage.of(paper, autoTldr, thumbnail, text, similar(snapshot, paper), messages)
            .withConcepts(glossaries.ready(snapshot).orElse(null), paper)
            .withAutoTags(snapshot.searcher().autoTags(paper.id()))
            .withSummaries(
                summaries.list(
                    paper.id(), Viewer.of(ctx), ctx.queryParam("sort"), messages.locale()));
    templates.answer(ctx, "paper", page, messages);
  }

  /** The paper's {@link SimilarPapers#DEFAULT_LIMIT} nearest papers, or why there are none. */
  private SimilarSection similar(Snapshot snapshot, Paper paper) throws IOException {
    if (snapshot.embeddedCount() == 0) {
      return SimilarSection.unavailable(messages);
    }
    SimilarPapers similar =
        snapshot
            .searcher()
            .similar(paper.id(), SimilarPapers.DEFAULT_LIMIT)
            // The snapshot that found the paper has it; only a bug gets here.
            .orElseThrow(() -> new IllegalStateException("paper " + paper.id() + " vanished"));
    return SimilarSection.of(similar, snapshot.embeddedCount(), snapshot.paperCount(), messages);
  }

  /** One paper's citation ({@code /papers/{id}.bib}, {@code .ris}), shown inline. */
  private static void citation(Context ctx, Paper paper, ExportFormat format) throws IOException {
    ctx.contentType(format.mediaType() + "; charset=utf-8");
    if (format == ExportFormat.BIBTEX) {
      ctx.result(BibTex.entry(paper, BibTex.key(paper)));
    } else {
      StringWriter out = new StringWriter();
      format.open(out).write(paper);
      ctx.result(out.toString());
    }
  }

  private static void thumbnail(Context ctx, Snapshot snapshot, Paper paper)
      throws NotFoundException {
    byte[] png =
        snapshot
            .searcher()
            .thumbnail(paper)
            .orElseThrow(() -> new NotFoundException("error.no-thumbnail", paper.id()));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("image/png").result(png);
  }
}
