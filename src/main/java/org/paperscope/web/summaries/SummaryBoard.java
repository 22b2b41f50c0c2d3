package org.paperscope.web.summaries;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.summaries.Summaries;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryOrder;
import org.paperscope.summaries.SummaryVotes;
import org.paperscope.web.ForbiddenException;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.Messages;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.Viewer;
import org.paperscope.web.search.SearchLinks;

/**
 * What every summary page needs: the summaries, their votes, the index for paper titles, the
 * templates and words; and the views built from them. The paper page takes its summaries section
 * from {@link #list}.
 *
 * <p>Thread-safe.
 */
public final class SummaryBoard {
  final LiveIndex index;
  final Summaries summaries;
  final SummaryVotes votes;
  final Templates templates;
  final Messages messages;

  public SummaryBoard(
      LiveIndex index,
      Summaries summaries,
      SummaryVotes votes,
      Templates templates,
      Messages messages) {
    this.index = index;
    this.summaries = summaries;
    this.votes = votes;
    this.templates = templates;
    this.messages = messages;
  }

  /** The summaries section of a paper's page for {@code viewer}, sorted by {@code sort}. */
  public SummaryList list(String paperId, Viewer viewer, String sort) {
    SummaryOrder order = SummaryOrder.of(sort);
    List<SummaryView> items =
        summaries.forPaper(paperId, viewer.user(), order).stream()
            .map(s -> view(s, viewer))
            .toList();
    String page = SearchLinks.paper(paperId);
    return new SummaryList(
        items,
        order.key(),
        page + "?sort=votes#summaries",
        page + "?sort=date#summaries",
        SummaryLinks.write(paperId),
        viewer.may(org.paperscope.accounts.Role.WRITER),
        "/login?next=" + SummaryLinks.write(paperId).replace("?", "%3F").replace("=", "%3D"),
        viewer.csrf() == null ? "" : viewer.csrf());
  }

  SummaryView view(Summary summary, Viewer viewer) {
    return SummaryView.of(summary, viewer, votes.hasVoted(summary.id(), viewer.user()));
  }

  /**
   * The summary the path names, as the viewer may see it.
   *
   * @throws NotFoundException when there is none or the viewer may not see it
   */
  Summary summary(Context ctx) throws NotFoundException {
    String id = ctx.pathParam("sid");
    return summaries
        .get(id, Viewer.of(ctx).user())
        .orElseThrow(() -> new NotFoundException("error.no-summary", id));
  }

  /** The paper with this id in the index now, or empty. */
  Optional<Paper> paper(String paperId) throws IOException {
    try (Snapshot snapshot = index.acquire()) {
      return snapshot.searcher().paper(paperId);
    }
  }

  /** The title of the paper, or its id when the index no longer has it. */
  String title(String paperId) throws IOException {
    return paper(paperId).map(Paper::title).orElse(paperId);
  }

  /**
   * The logged-in viewer.
   *
   * @throws ForbiddenException when nobody is logged in
   */
  static Viewer loggedIn(Context ctx) throws ForbiddenException {
    Viewer viewer = Viewer.of(ctx);
    if (!viewer.loggedIn()) {
      throw new ForbiddenException("error.login-needed");
    }
    return viewer;
  }
}
