package org.paperscope.web.paper;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.paper.Paper;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.search.HitView;
import org.paperscope.web.search.MarkedText;
import org.paperscope.web.search.SearchLinks;

/**
 * The "Similar papers" section of a paper's page: the papers nearest to it in meaning, or why none
 * can be listed.
 *
 * @param papers nearest first; empty when none can be listed
 * @param note why the list is empty (no paper has an embedding, this one has none yet, or no other
 *     paper is near); {@code null} when papers are listed
 */
public record SimilarSection(List<Neighbour> papers, String note) {
  /** The backend's reason for papers that share tags ("tags: attention, transformer"). */
  private static final String TAGS = "tags: ";

  /** The backend's reason for papers that share rare words ("terms: gradient, initialization"). */
  private static final String TERMS = "terms: ";

  public SimilarSection {
    papers = List.copyOf(papers);
  }

  /**
   * One similar paper.
   *
   * @param title its title, formulas marked for typesetting
   * @param href its page
   * @param authors author names linked to their pages
   * @param facts "venue · year", the parts that are known; may be empty
   * @param tldr the TL;DR, or {@code null} when there is none
   * @param tldrLabel the TL;DR's label with its provenance, or {@code null} when there is none
   * @param reason what the two papers share ("Shared tags: attention"), or {@code null}
   * @param abstractText the abstract, or {@code null}
   */
  public record Neighbour(
      MarkedText title,
      String href,
      List<Link> authors,
      String facts,
      MarkedText tldr,
      String tldrLabel,
      String reason,
      MarkedText abstractText) {}

  /** The section when no paper has an embedding yet, so none can have neighbours. */
  static SimilarSection unavailable(Messages messages) {
    return new SimilarSection(List.of(), messages.get("paper.similar.unavailable"));
  }

  /**
   * The section for what {@code similar} found.
   *
   * @param embedded papers with an embedding, of {@code paperCount}
   */
  static SimilarSection of(SimilarPapers similar, int embedded, int paperCount, Messages messages) {
    if (!similar.embedded()) {
      return new SimilarSection(
          List.of(), messages.get("paper.similar.pending", embedded, paperCount));
    }
    if (similar.similar().isEmpty()) {
      return new SimilarSection(List.of(), messages.get("paper.similar.none"));
    }
    List<Neighbour> papers = new ArrayList<>();
    for (SimilarPapers.Similar s : similar.similar()) {
      papers.add(neighbour(s, messages));
    }
    return new SimilarSection(papers, null);
  }

  private static Neighbour neighbour(SimilarPapers.Similar similar, Messages messages) {
    Paper paper = similar.paper();
    return new Neighbour(
        MarkedText.plain("title", paper.title()),
        SearchLinks.paper(paper.id()),
        HitView.authorLinks(paper),
        facts(paper),
        HitView.shownTldr(paper, similar.autoTldr()),
        HitView.shownTldrLabel(paper, similar.autoTldr(), messages),
        reason(similar.reason(), messages),
        paper.abstractText() == null ? null : MarkedText.plain("abstract", paper.abstractText()));
  }

  private static String facts(Paper paper) {
    List<String> parts = new ArrayList<>();
    if (paper.venue() != null) {
      parts.add(paper.venue());
    }
    if (paper.year() != null) {
      parts.add(Integer.toString(paper.year()));
    }
    return String.join(" · ", parts);
  }

  /**
   * The search's reason in this page's words: its two known forms get a message, anything else is
   * shown as it comes (in English, like the search's notes); "" is no reason.
   */
  static String reason(String reason, Messages messages) {
    if (reason.startsWith(TAGS)) {
      return messages.get("paper.similar.tags", reason.substring(TAGS.length()));
    }
    if (reason.startsWith(TERMS)) {
      return messages.get("paper.similar.terms", reason.substring(TERMS.length()));
    }
    return reason.isBlank() ? null : reason;
  }
}
