package org.paperscope.web.search;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.search.SearchResult;
import org.paperscope.search.Snippet;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;

/**
 * One paper in a list of results, ready for the {@code tag/hit} template.
 *
 * @param title the paper's title, its formulas marked for typesetting
 * @param href its page
 * @param authors author names linked to their pages
 * @param facts "venue · year · decision", the parts that are known
 * @param tldr the author's TL;DR, highlighted where it matches, else the generated one, or {@code
 *     null} when there is neither
 * @param tldrLabel the TL;DR's label with its provenance ("TL;DR (author)", "Auto-TLDR"), or {@code
 *     null} when there is none
 * @param abstractText the abstract, highlighted where it matches, or {@code null}
 * @param snippets highlighted passages of fields not shown whole (later: the full text); empty when
 *     none
 * @param similar the papers similar to this one on its page, the link's text naming the paper for
 *     screen readers; {@code null} when not offered
 * @param summaries a link to its community summaries, naming how many; {@code null} when none
 */
public record HitView(
    MarkedText title,
    String href,
    List<Link> authors,
    String facts,
    MarkedText tldr,
    String tldrLabel,
    MarkedText abstractText,
    List<MarkedText> snippets,
    Link similar,
    Link summaries) {

  public HitView {
    authors = List.copyOf(authors);
    snippets = List.copyOf(snippets);
  }

  /**
   * A search hit, with a link to its similar papers. The TL;DR and abstract are shown whole,
   * highlighted where their snippets match; snippets of other fields are listed as passages.
   */
  static HitView of(SearchResult.Hit hit, Messages messages) {
    Paper paper = hit.paper();
    MarkedText tldr = plain("tldr", paper.tldr());
    MarkedText abstractText = plain("abstract", paper.abstractText());
    List<MarkedText> passages = new ArrayList<>();
    for (Snippet snippet : hit.snippets()) {
      if (snippet.field().equals("tldr") && paper.tldr() != null) {
        tldr = MarkedText.spread(snippet, paper.tldr());
      } else if (snippet.field().equals("abstract") && paper.abstractText() != null) {
        abstractText = MarkedText.spread(snippet, paper.abstractText());
      } else {
        passages.add(MarkedText.of(snippet));
      }
    }
    boolean auto = tldr == null && hit.autoTldr() != null;
    if (auto) {
      tldr = MarkedText.plain("tldr", hit.autoTldr());
    }
    HitView view = of(paper, tldr, auto, abstractText, passages, messages);
    Link similar =
        new Link(
            messages.get("hit.similar.label", LatexText.toUnicode(paper.title())),
            SearchLinks.similar(paper.id()));
    HitView linked = view.withSimilar(similar);
    if (hit.summaries() == 0) {
      return linked;
    }
    Link summaries =
        new Link(
            messages.get("hit.summaries", hit.summaries()),
            SearchLinks.paper(paper.id()) + "#summaries");
    return new HitView(
        linked.title,
        linked.href,
        linked.authors,
        linked.facts,
        linked.tldr,
        linked.tldrLabel,
        linked.abstractText,
        linked.snippets,
        linked.similar,
        summaries);
  }

  /** This hit without the link to similar papers (when no paper has an embedding). */
  HitView withoutSimilar() {
    return withSimilar(null);
  }

  private HitView withSimilar(Link link) {
    return new HitView(
        title, href, authors, facts, tldr, tldrLabel, abstractText, snippets, link, summaries);
  }

  /**
   * A paper with its Auto-TLDR where the authors wrote none ({@code autoTldr} nullable) and its
   * abstract as given (e.g. with concept links); no highlights, no link to similar papers.
   */
  public static HitView of(
      Paper paper, String autoTldr, MarkedText abstractText, Messages messages) {
    boolean auto = paper.tldr() == null && autoTldr != null;
    MarkedText tldr = auto ? MarkedText.plain("tldr", autoTldr) : plain("tldr", paper.tldr());
    return of(paper, tldr, auto, abstractText, List.of(), messages);
  }

  /** A paper without highlights nor a link to similar papers (author pages). */
  public static HitView of(Paper paper, Messages messages) {
    return of(
        paper,
        plain("tldr", paper.tldr()),
        false,
        plain("abstract", paper.abstractText()),
        List.of(),
        messages);
  }

  private static HitView of(
      Paper paper,
      MarkedText tldr,
      boolean autoTldr,
      MarkedText abstractText,
      List<MarkedText> passages,
      Messages messages) {
    return new HitView(
        MarkedText.plain("title", paper.title()),
        SearchLinks.paper(paper.id()),
        authorLinks(paper),
        paper.venueLine(),
        tldr,
        tldr == null ? null : tldrLabel(autoTldr, messages),
        abstractText,
        passages,
        null,
        null);
  }

  /** A TL;DR's label: "TL;DR (author)", or "Auto-TLDR" for a generated one. */
  public static String tldrLabel(boolean generated, Messages messages) {
    return messages.get(generated ? "tldr.label.auto" : "tldr.label.author");
  }

  /** The TL;DR shown for a paper: the author's, else the generated one, else null. */
  public static MarkedText shownTldr(Paper paper, String autoTldr) {
    String text = paper.tldr() != null ? paper.tldr() : autoTldr;
    return text == null ? null : MarkedText.plain("tldr", text);
  }

  /** The label of {@link #shownTldr}, or null when there is none. */
  public static String shownTldrLabel(Paper paper, String autoTldr, Messages messages) {
    if (paper.tldr() == null && autoTldr == null) {
      return null;
    }
    return tldrLabel(paper.tldr() == null, messages);
  }

  private static MarkedText plain(String field, String text) {
    return text == null ? null : MarkedText.plain(field, text);
  }

  public static List<Link> authorLinks(Paper paper) {
    return paper.authors().stream().map(a -> new Link(a, SearchLinks.author(a))).toList();
  }
}
