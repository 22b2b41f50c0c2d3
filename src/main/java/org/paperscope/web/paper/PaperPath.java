package org.paperscope.web.paper;

import java.io.IOException;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.search.PaperSearch;
import org.paperscope.web.NotFoundException;

/**
 * What a path under {@code /papers/} or {@code /api/v1/papers/} asks for: a paper's page (or JSON)
 * or one of its views ({@code .bib}, {@code .ris}, {@code /thumbnail.png}, {@code /text}, {@code
 * /similar}). Ids may hold {@code /} and dots (old arXiv ids such as {@code hep-th/9901001}), so a
 * path is first looked up whole; only when it is no id is a view's suffix taken off and the rest
 * looked up.
 *
 * @param paper the paper asked for
 * @param view what of it
 */
public record PaperPath(Paper paper, View view) {

  /** The views of a paper, each with the suffix that asks for it. */
  public enum View {
    PAGE(""),
    BIBTEX(".bib"),
    RIS(".ris"),
    THUMBNAIL("/thumbnail.png"),
    TEXT("/text"),
    SIMILAR("/similar"),
    TLDR("/tldr"),
    SUMMARIES("/summaries");

    private final String suffix;

    View(String suffix) {
      this.suffix = suffix;
    }
  }

  /**
   * Resolves {@code path} (the part after {@code /papers/}, decoded).
   *
   * @throws NotFoundException naming the id when neither the path nor any path less a view's suffix
   *     is a paper
   */
  public static PaperPath resolve(PaperSearch papers, String path)
      throws IOException, NotFoundException {
    Optional<Paper> whole = papers.paper(path);
    if (whole.isPresent()) {
      return new PaperPath(whole.get(), View.PAGE);
    }
    for (View view : View.values()) {
      if (view != View.PAGE && path.endsWith(view.suffix) && path.length() > view.suffix.length()) {
        String id = path.substring(0, path.length() - view.suffix.length());
        Optional<Paper> paper = papers.paper(id);
        if (paper.isPresent()) {
          return new PaperPath(paper.get(), view);
        }
        throw new NotFoundException("error.no-paper", id);
      }
    }
    throw new NotFoundException("error.no-paper", path);
  }

  /**
   * The paper's PDF text as extracted at ingest, for the reading room and its JSON.
   *
   * @throws NotFoundException when no text of its PDF is at hand
   */
  public PdfDocument text(PaperSearch papers) throws NotFoundException {
    return papers
        .fullText(paper)
        .orElseThrow(() -> new NotFoundException("error.no-text", paper.id()));
  }
}
