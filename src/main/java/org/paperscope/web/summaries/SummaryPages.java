package org.paperscope.web.summaries;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.summaries.LineDiff;
import org.paperscope.summaries.Revision;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryException;
import org.paperscope.summaries.SummaryVotes;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.Layout;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Viewer;
import org.paperscope.web.export.ExportRoutes;

/**
 * Reading summaries: one summary's page ({@code /summaries/{sid}}), its revision history with diffs
 * ({@code /summaries/{sid}/revisions}), the Atom feed of new summaries ({@code
 * /summaries/feed.atom}) and the moderators' list of reported summaries ({@code /moderation}).
 *
 * <p>Thread-safe.
 */
public final class SummaryPages {
  /** Entries in the Atom feed. */
  static final int FEED_ENTRIES = 50;

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SummaryBoard board;

  public SummaryPages(SummaryBoard board) {
    this.board = board;
  }

  /** {@code GET /summaries/{sid}}. */
  public void show(Context ctx) throws IOException, NotFoundException {
    Summary summary = board.summary(ctx);
    Viewer viewer = Viewer.of(ctx);
    String title = board.title(summary.paperId());
    SummaryPage page =
        new SummaryPage(
            Layout.of(board.messages.get("summary.page.title", summary.authorName(), title)),
            board.view(summary, viewer),
            title,
            SummaryLinks.summary(summary.id()) + "/revisions");
    board.templates.answer(ctx, "summary", page, board.messages);
  }

  /** {@code GET /summaries/{sid}/revisions}: every version, newest first, with its changes. */
  public void revisions(Context ctx) throws IOException, NotFoundException, SummaryException {
    Summary summary = board.summary(ctx);
    Viewer viewer = Viewer.of(ctx);
    List<Revision> revisions = board.summaries.revisions(summary.id(), viewer.user());
    List<RevisionsPage.RevisionView> views = new ArrayList<>();
    for (int i = 0; i < revisions.size(); i++) {
      Revision r = revisions.get(i);
      String before = i + 1 < revisions.size() ? revisions.get(i + 1).markdown() : "";
      views.add(
          new RevisionsPage.RevisionView(
              r.version(),
              r.editorName(),
              MINUTE.format(r.created()),
              r.language(),
              LineDiff.of(before, r.markdown())));
    }
    String title = board.title(summary.paperId());
    RevisionsPage page =
        new RevisionsPage(
            Layout.of(board.messages.get("summary.revisions.title", title)),
            board.view(summary, viewer),
            title,
            views);
    board.templates.answer(ctx, "revisions", page, board.messages);
  }

  /** {@code GET /summaries/feed.atom}: the newest public summaries. */
  public void feed(Context ctx) throws IOException {
    List<Summary> recent = board.summaries.recent(FEED_ENTRIES);
    List<SummaryFeed.Entry> entries = new ArrayList<>();
    for (Summary s : recent) {
      entries.add(new SummaryFeed.Entry(s, board.title(s.paperId())));
    }
    String xml =
        SummaryFeed.write(
            board.messages.get("summary.feed.title"), ExportRoutes.baseUrl(ctx), entries);
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  /** {@code GET /moderation}: reported summaries (moderators only). */
  public void moderation(Context ctx) throws IOException, ForbiddenException {
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    List<SummaryVotes.Reported> reported;
    try {
      reported = board.votes.reported(viewer.user());
    } catch (SummaryException e) {
      throw new ForbiddenException(e.key());
    }
    List<ModerationPage.Item> items = new ArrayList<>();
    for (SummaryVotes.Reported r : reported) {
      items.add(
          new ModerationPage.Item(
              board.view(r.summary(), viewer), board.title(r.summary().paperId()), r.reasons()));
    }
    ctx.header("Cache-Control", "no-store");
    ModerationPage page =
        new ModerationPage(Layout.of(board.messages.get("moderation.title")), items);
    board.templates.answer(ctx, "moderation", page, board.messages);
  }
}
