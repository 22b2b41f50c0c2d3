package org.paperscope.web.summaries;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.paper.Paper;
import org.paperscope.summaries.LineDiff;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryException;
import org.paperscope.summaries.SummaryInput;
import org.paperscope.summaries.SummaryMarkdown;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.Layout;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Viewer;
import org.paperscope.web.accounts.Sessions;
import org.paperscope.web.search.SearchLinks;

/**
 * Writing summaries: the editor for a new one ({@code GET /summaries/new?paper=ID}, {@code POST
 * /summaries}) or an edit ({@code GET/POST /summaries/{sid}/edit}), its preview ({@code POST
 * /summaries/preview}, also the editor's "Preview" button without JavaScript), and deleting ({@code
 * POST /summaries/{sid}/delete}). An edit names the version it started from; when another was saved
 * meanwhile, nothing is saved and the editor shows both texts and their difference.
 *
 * <p>Thread-safe.
 */
public final class SummaryEditing {
  /** Languages the editor offers first; any other BCP 47 tag may be typed. */
  private static final List<String> LANGUAGES =
      List.of("en", "ar", "de", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "tr", "zh");

  private final SummaryBoard board;

  public SummaryEditing(SummaryBoard board) {
    this.board = board;
  }

  /** {@code GET /summaries/new?paper=ID}. */
  public void newForm(Context ctx) throws IOException, NotFoundException, BadParameterException {
    Paper paper = paperParam(ctx);
    Viewer viewer = Viewer.of(ctx);
    String asked = ctx.queryParam("language");
    if (!viewer.loggedIn()) {
      String back = SummaryLinks.write(paper.id()) + (asked == null ? "" : "&language=" + asked);
      ctx.redirect("/login?next=" + encode(back), HttpStatus.SEE_OTHER);
      return;
    }
    // The language asked for ("write the first one in Arabic"), else the reader's.
    String language = asked == null ? board.messages.locale().getLanguage() : asked;
    try {
      language = SummaryInput.languageTag(language);
    } catch (SummaryException e) {
      language = "en";
    }
    answer(ctx, editor(paper, "/summaries", "", language, false, 0), viewer);
  }

  /** {@code POST /summaries}: saves a new summary and shows it on its paper's page. */
  public void create(Context ctx)
      throws IOException, NotFoundException, BadParameterException, ForbiddenException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Paper paper = paperParam(ctx);
    SummaryInput input = input(ctx);
    EditorPage page =
        editor(paper, "/summaries", input.markdown(), input.language(), input.draft(), 0);
    if (previewOnly(ctx)) {
      answer(ctx, withPreview(page), viewer);
      return;
    }
    try {
      Summary saved = board.summaries.create(paper.id(), viewer.user(), input);
      ctx.redirect(SearchLinks.paper(paper.id()) + "#summary-" + saved.id(), HttpStatus.SEE_OTHER);
    } catch (SummaryException e) {
      refused(ctx, page, e, viewer);
    }
  }

  /** {@code GET /summaries/{sid}/edit}. */
  public void editForm(Context ctx) throws IOException, NotFoundException, ForbiddenException {
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = own(ctx, viewer);
    Paper paper = board.paper(summary.paperId()).orElse(null);
    EditorPage page =
        editor(
            paper,
            summary.paperId(),
            editAction(summary),
            summary.markdown(),
            summary.language(),
            summary.draft(),
            summary.version());
    answer(ctx, withPreview(page), viewer);
  }

  /** {@code POST /summaries/{sid}/edit}: saves the edit, or shows the conflict. */
  public void edit(Context ctx)
      throws IOException, NotFoundException, ForbiddenException, BadParameterException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = own(ctx, viewer);
    int base = version(ctx);
    SummaryInput input = input(ctx);
    Paper paper = board.paper(summary.paperId()).orElse(null);
    EditorPage page =
        editor(
            paper,
            summary.paperId(),
            editAction(summary),
            input.markdown(),
            input.language(),
            input.draft(),
            base);
    if (previewOnly(ctx)) {
      answer(ctx, withPreview(page), viewer);
      return;
    }
    try {
      board.summaries.update(summary.id(), viewer.user(), base, input);
      ctx.redirect(
          SearchLinks.paper(summary.paperId()) + "#summary-" + summary.id(), HttpStatus.SEE_OTHER);
    } catch (SummaryException e) {
      refused(ctx, page, e, viewer);
    }
  }

  /** {@code POST /summaries/{sid}/delete}. */
  public void delete(Context ctx) throws NotFoundException, ForbiddenException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = board.summary(ctx);
    board.summaries.delete(summary.id(), viewer.user());
    ctx.redirect(SearchLinks.paper(summary.paperId()) + "#summaries", HttpStatus.SEE_OTHER);
  }

  /**
   * {@code POST /summaries/preview}: the Markdown of the body (form field {@code markdown}) as the
   * page will show it, an HTML fragment for the editor's live preview.
   */
  public void preview(Context ctx) throws ForbiddenException, BadParameterException {
    Sessions.requireCsrf(ctx);
    String markdown = ctx.formParam("markdown");
    if (markdown != null && markdown.length() > SummaryInput.MAX_MARKDOWN_CHARS) {
      throw new BadParameterException(
          "markdown", "summary.error.too-long", SummaryInput.MAX_MARKDOWN_CHARS);
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8")
        .result(markdown == null ? "" : SummaryMarkdown.toHtml(markdown));
  }

  private void refused(Context ctx, EditorPage page, SummaryException e, Viewer viewer)
      throws ForbiddenException {
    switch (e.kind()) {
      case FORBIDDEN -> throw new ForbiddenException(e.key());
      case CONFLICT -> {
        Summary theirs = e.current();
        EditorPage.Conflict conflict =
            new EditorPage.Conflict(
                theirs.markdown(),
                theirs.version(),
                theirs.authorName(),
                LineDiff.of(theirs.markdown(), page.markdown()));
        ctx.status(HttpStatus.CONFLICT);
        answer(
            ctx,
            withPreview(with(page, board.messages.get(e.key()), null, conflict, theirs.version())),
            viewer);
      }
      default -> {
        ctx.status(HttpStatus.BAD_REQUEST);
        String message = board.messages.get(e.key(), SummaryInput.MAX_MARKDOWN_CHARS);
        answer(ctx, withPreview(with(page, message, e.field(), null, page.version())), viewer);
      }
    }
  }

  private Summary own(Context ctx, Viewer viewer) throws NotFoundException, ForbiddenException {
    Summary summary = board.summary(ctx);
    if (!viewer.user().id().equals(summary.userId())) {
      throw new ForbiddenException("summary.error.not-yours");
    }
    return summary;
  }

  private EditorPage editor(
      Paper paper, String action, String markdown, String language, boolean draft, int version) {
    return editor(paper, paper.id(), action, markdown, language, draft, version);
  }

  private EditorPage editor(
      Paper paper,
      String paperId,
      String action,
      String markdown,
      String language,
      boolean draft,
      int version) {
    String title = paper == null ? paperId : paper.title();
    String heading =
        board.messages.get(version == 0 ? "summary.editor.new" : "summary.editor.edit", title);
    List<String> languages = new ArrayList<>(List.of(language));
    LANGUAGES.stream().filter(l -> !l.equals(language)).forEach(languages::add);
    return new EditorPage(
        Layout.of(heading),
        title,
        SearchLinks.paper(paperId),
        paperId,
        action,
        markdown,
        language,
        draft,
        version,
        "",
        null,
        null,
        null,
        languages);
  }

  private static EditorPage withPreview(EditorPage page) {
    String html = page.markdown().isBlank() ? "" : SummaryMarkdown.toHtml(page.markdown());
    return page.with(html, page.error(), page.errorField(), page.conflict(), page.version());
  }

  private static EditorPage with(
      EditorPage page, String error, String field, EditorPage.Conflict conflict, int version) {
    return page.with(page.previewHtml(), error, field, conflict, version);
  }

  private void answer(Context ctx, EditorPage page, Viewer viewer) {
    ctx.header("Cache-Control", "no-store");
    board.templates.answer(ctx, "summary-editor", page, board.messages);
  }

  private Paper paperParam(Context ctx)
      throws IOException, NotFoundException, BadParameterException {
    String id = ctx.queryParam("paper");
    if (id == null) {
      id = ctx.formParam("paper");
    }
    if (id == null || id.isBlank()) {
      throw new BadParameterException("paper", "error.summary.no-paper");
    }
    String paperId = id;
    return board.paper(paperId).orElseThrow(() -> new NotFoundException("error.no-paper", paperId));
  }

  private static SummaryInput input(Context ctx) {
    String markdown = ctx.formParam("markdown");
    String language = ctx.formParam("language");
    // The language field's free text wins over the chooser when typed.
    String typed = ctx.formParam("language-other");
    if (typed != null && !typed.isBlank()) {
      language = typed;
    }
    return new SummaryInput(
        markdown == null ? "" : markdown, language, ctx.formParam("draft") != null);
  }

  private static int version(Context ctx) throws BadParameterException {
    try {
      return Integer.parseInt(String.valueOf(ctx.formParam("version")));
    } catch (NumberFormatException e) {
      throw new BadParameterException("version", "error.summary.version");
    }
  }

  private static boolean previewOnly(Context ctx) {
    return ctx.formParam("preview") != null;
  }

  private static String editAction(Summary summary) {
    return SummaryLinks.summary(summary.id()) + "/edit";
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
