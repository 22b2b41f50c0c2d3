package org.paperscope.web.summaries;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryException;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Viewer;
import org.paperscope.web.accounts.Sessions;
import org.paperscope.web.search.SearchLinks;

/**
 * What readers do to a summary from its page: vote or take the vote back ({@code POST
 * /summaries/{sid}/vote}, field {@code up} 1 or 0), report it ({@code /report}, field {@code
 * reason}), and, for moderators, hide or restore it ({@code /hide}, field {@code hidden} 1 or 0).
 * Each goes back to the summary on its paper's page.
 *
 * <p>Thread-safe.
 */
public final class SummaryActions {
  private final SummaryBoard board;

  public SummaryActions(SummaryBoard board) {
    this.board = board;
  }

  public void vote(Context ctx) throws NotFoundException, ForbiddenException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = board.summary(ctx);
    board.votes.vote(summary.id(), viewer.user(), !"0".equals(ctx.formParam("up")));
    back(ctx, summary);
  }

  public void report(Context ctx) throws NotFoundException, ForbiddenException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = board.summary(ctx);
    board.votes.report(summary.id(), viewer.user(), ctx.formParam("reason"));
    ctx.redirect(
        SearchLinks.paper(summary.paperId()) + "?reported=1#summary-" + summary.id(),
        HttpStatus.SEE_OTHER);
  }

  public void hide(Context ctx) throws NotFoundException, ForbiddenException, SummaryException {
    Sessions.requireCsrf(ctx);
    Viewer viewer = SummaryBoard.loggedIn(ctx);
    Summary summary = board.summary(ctx);
    board.votes.setHidden(summary.id(), viewer.user(), !"0".equals(ctx.formParam("hidden")));
    back(ctx, summary);
  }

  private static void back(Context ctx, Summary summary) {
    ctx.redirect(
        SearchLinks.paper(summary.paperId()) + "#summary-" + summary.id(), HttpStatus.SEE_OTHER);
  }
}
