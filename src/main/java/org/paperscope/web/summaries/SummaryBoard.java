package org.paperscope.web.summaries;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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

  /**
   * The summaries section of a paper's page for {@code viewer}, who reads {@code language}: the
   * summaries in that language first, each group sorted by {@code sort}.
   */
  public SummaryList list(String paperId, Viewer viewer, String sort, Locale language) {
    SummaryOrder order = SummaryOrder.of(sort);
    String reader = language.getLanguage();
    List<Summary> all = summaries.forPaper(paperId, viewer.user(), order);
    List<SummaryView> items =
        SummaryLanguages.readerFirst(all, reader).stream()
            .map(s -> view(s, viewer, language))
            .toList();
    String page = SearchLinks.paper(paperId);
    String write = SummaryLinks.write(paperId) + "&language=" + reader;
    return new SummaryList(
        items,
        order.key(),
        page + "?sort=votes#summaries",
        page + "?sort=date#summaries",
        write,
        viewer.may(org.paperscope.accounts.Role.WRITER),
        "/login?next=" + URLEncoder.encode(write, StandardCharsets.UTF_8),
        viewer.csrf() == null ? "" : viewer.csrf(),
        reader,
        SummaryLanguages.name(reader, language),
        !all.isEmpty() && SummaryLanguages.matching(all, reader).isEmpty(),
        SummaryLanguages.counts(all, reader, language));
  }

  SummaryView view(Summary summary, Viewer viewer) {
    return view(summary, viewer, messages.locale());
  }

  SummaryView view(Summary summary, Viewer viewer, Locale reader) {
    return SummaryView.of(
        summary,
        viewer,
        votes.hasVoted(summary.id(), viewer.user()),
        SummaryLanguages.name(summary.language(), reader),
        messages);
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
