package org.paperscope.web.paper;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.export.Citation;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.paper.ExternalUrls;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PdfInfo;
import org.paperscope.search.FacetDimension;
import org.paperscope.web.Layout;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.concepts.ConceptLinks;
import org.paperscope.web.search.FacetFilter;
import org.paperscope.web.search.HitView;
import org.paperscope.web.search.MarkedText;
import org.paperscope.web.search.ResultFacets;
import org.paperscope.web.search.SearchLinks;
import org.paperscope.web.search.SearchParams;
import org.paperscope.web.summaries.SummaryList;

/**
 * A paper's page: everything known about it, with {@code citation_*} meta tags for reference
 * managers (Zotero, Google Scholar). Title, TL;DR, abstract and tags are shown with their formulas
 * marked for typesetting; the document title and meta tags, which are plain text, get the Unicode
 * form of their LaTeX.
 *
 * @param layout the page frame
 * @param id the paper's id
 * @param title the title
 * @param authors author names linked to their pages
 * @param facts venue, year, decision and mean rating, those known; each but the rating links to the
 *     papers sharing it
 * @param links the paper's external links that are safe http(s) URLs (PDF, forum, code, …)
 * @param abstractElsewhere where the abstract this index lacks can be read: the forum link, else
 *     the PDF; {@code null} when neither is known
 * @param tldr the TL;DR or {@code null}
 * @param tldrLabel its label with its provenance ("TL;DR (author)", "Auto-TLDR"), or {@code null}
 *     when there is no TL;DR
 * @param abstractText the abstract or {@code null}
 * @param tags keywords linked to a search for the tag
 * @param sections the section headings found in the PDF's text, with start pages; empty when no PDF
 *     was ingested or none were found
 * @param thumbnailHref the first-page thumbnail, or {@code null} when there is none
 * @param bibtexHref the BibTeX export of this paper
 * @param risHref the RIS export of this paper (Zotero, EndNote, Mendeley)
 * @param meta the citation meta tags, name and content, in Google Scholar's recommended order
 * @param similar the papers nearest to it in meaning, or why none are listed
 * @param introduces the glossary concepts it introduces, linked to their pages; empty when none
 * @param autoTags tags PaperScope gave it (its authors gave none), linked like tags; empty when
 *     none
 * @param summaries its community summaries as the viewer may see them
 */
public record PaperPage(
    Layout layout,
    String id,
    MarkedText title,
    List<Link> authors,
    List<Fact> facts,
    List<Link> links,
    Link abstractElsewhere,
    MarkedText tldr,
    String tldrLabel,
    MarkedText abstractText,
    List<Tag> tags,
    List<Section> sections,
    String thumbnailHref,
    String bibtexHref,
    String risHref,
    List<Meta> meta,
    SimilarSection similar,
    List<Link> introduces,
    List<Tag> autoTags,
    SummaryList summaries) {

  /** This page with its community summaries section. */
  PaperPage withSummaries(SummaryList list) {
    return with(abstractText, introduces, autoTags, list);
  }

  /** This page with the paper's automatic tags (names), shown apart and marked as automatic. */
  PaperPage withAutoTags(List<String> names) {
    List<Tag> auto =
        names.stream().map(t -> new Tag(MarkedText.plain("tag", t), SearchLinks.tag(t))).toList();
    return with(abstractText, introduces, auto, summaries);
  }

  /**
   * This page with the concepts the paper introduces listed and the concept names in its abstract
   * linked to their pages; unchanged for a null glossary (not built yet).
   */
  PaperPage withConcepts(Glossary glossary, Paper paper) {
    if (glossary == null) {
      return this;
    }
    List<GlossaryEntry> own = glossary.introducedBy(paper.id());
    MarkedText linked =
        ConceptLinks.linked(
            "abstract", paper.abstractText(), glossary, own.isEmpty() ? null : own.get(0));
    return with(linked, own.stream().map(ConceptLinks::link).toList(), autoTags, summaries);
  }

  private PaperPage with(
      MarkedText abstractText, List<Link> introduces, List<Tag> autoTags, SummaryList summaries) {
    return new PaperPage(
        layout,
        id,
        title,
        authors,
        facts,
        links,
        abstractElsewhere,
        tldr,
        tldrLabel,
        abstractText,
        tags,
        sections,
        thumbnailHref,
        bibtexHref,
        risHref,
        meta,
        similar,
        introduces,
        autoTags,
        summaries);
  }

  /** A labelled fact; {@code href} is {@code null} when it links nowhere. */
  public record Fact(String label, String value, String href) {}

  /**
   * A section heading of the full text ("3.2 Attention"), the page it starts on, and its place in
   * the reading room ({@code null} when the extracted text is not at hand).
   */
  public record Section(String name, int page, String href) {}

  /** A keyword and the search for it. */
  public record Tag(MarkedText text, String href) {}

  /** One {@code <meta name content>} pair. */
  public record Meta(String name, String content) {}

  /**
   * The page of a paper in an index where no paper has an embedding.
   *
   * @param hasThumbnail whether the text cache holds a first-page thumbnail for its PDF
   */
  static PaperPage of(Paper paper, boolean hasThumbnail, Messages messages) {
    return of(paper, null, hasThumbnail, false, SimilarSection.unavailable(messages), messages);
  }

  /**
   * The page of a paper.
   *
   * @param hasThumbnail whether the text cache holds a first-page thumbnail for its PDF
   * @param hasText whether the text cache holds its PDF's text, so sections link to the reading
   *     room
   * @param autoTldr its generated TL;DR, or null
   * @param similar its similar papers
   */
  static PaperPage of(
      Paper paper,
      String autoTldr,
      boolean hasThumbnail,
      boolean hasText,
      SimilarSection similar,
      Messages messages) {
    return new PaperPage(
        new Layout(LatexText.toUnicode(paper.title()), "", description(paper)),
        paper.id(),
        MarkedText.plain("title", paper.title()),
        HitView.authorLinks(paper),
        facts(paper, messages),
        links(paper.links(), messages),
        abstractElsewhere(paper.links(), messages),
        HitView.shownTldr(paper, autoTldr),
        HitView.shownTldrLabel(paper, autoTldr, messages),
        paper.abstractText() == null ? null : MarkedText.plain("abstract", paper.abstractText()),
        paper.keywords().stream()
            .map(t -> new Tag(MarkedText.plain("tag", t), SearchLinks.tag(t)))
            .toList(),
        sections(paper, hasText),
        hasThumbnail ? SearchLinks.paper(paper.id()) + "/thumbnail.png" : null,
        SearchLinks.paper(paper.id()) + ".bib",
        SearchLinks.paper(paper.id()) + ".ris",
        meta(paper),
        similar,
        List.of(),
        List.of(),
        SummaryList.NONE);
  }

  private static List<Section> sections(Paper paper, boolean hasText) {
    if (paper.pdf() == null) {
      return List.of();
    }
    List<Section> out = new ArrayList<>();
    List<PdfInfo.Heading> headings = paper.pdf().sections();
    for (int i = 0; i < headings.size(); i++) {
      String href =
          hasText ? SearchLinks.paper(paper.id()) + "/text#" + ReadingPage.anchor(i) : null;
      out.add(new Section(headings.get(i).name(), headings.get(i).page(), href));
    }
    return out;
  }

  /** The reading room of this paper, or {@code null} when its text is not at hand. */
  public String readingHref() {
    return sections.isEmpty() || sections.getFirst().href() == null
        ? null
        : SearchLinks.paper(id) + "/text";
  }

  private static List<Fact> facts(Paper paper, Messages messages) {
    List<Fact> out = new ArrayList<>();
    if (paper.venue() != null) {
      out.add(fact(FacetDimension.VENUE, paper.venue(), messages));
    }
    if (paper.year() != null) {
      out.add(fact(FacetDimension.YEAR, String.valueOf(paper.year()), messages));
    }
    if (paper.decision() != null) {
      out.add(fact(FacetDimension.DECISION, paper.decision(), messages));
    }
    if (paper.rating() != null) {
      String rating = String.format(messages.locale(), "%.2f", paper.rating());
      out.add(new Fact(messages.get("paper.rating"), rating, null));
    }
    if (paper.pdf() != null && paper.pdf().pageCount() > 0) {
      String pages = String.valueOf(paper.pdf().pageCount());
      out.add(new Fact(messages.get("paper.pages"), pages, null));
    }
    return out;
  }

  /** A fact labelled as its facet and linked to the search for every paper with the same value. */
  private static Fact fact(FacetDimension dimension, String value, Messages messages) {
    FacetFilter filter = FacetFilter.of(dimension.key(), value);
    String href =
        filter == null ? null : SearchLinks.search(SearchParams.filtered(List.of(filter.query())));
    return new Fact(ResultFacets.title(dimension, messages), value, href);
  }

  private static String description(Paper paper) {
    String text = LatexText.toUnicode(paper.tldr() != null ? paper.tldr() : paper.abstractText());
    if (text == null) {
      return "";
    }
    return text.length() <= 300 ? text : text.substring(0, 299) + "…";
  }

  private static List<Link> links(Links links, Messages messages) {
    List<Link> out = new ArrayList<>();
    add(out, messages.get("link.pdf"), links.pdf());
    add(out, messages.get("link.forum"), links.forum());
    add(out, messages.get("link.code"), links.code());
    add(out, messages.get("link.slides"), links.slides());
    add(out, messages.get("link.poster"), links.poster());
    add(out, messages.get("link.video"), links.video());
    return out;
  }

  /** The forum link, else the PDF's, when it is a safe http(s) URL; else {@code null}. */
  private static Link abstractElsewhere(Links links, Messages messages) {
    List<Link> out = new ArrayList<>();
    add(out, messages.get("link.forum"), links.forum());
    add(out, messages.get("link.pdf"), links.pdf());
    return out.isEmpty() ? null : out.getFirst();
  }

  private static void add(List<Link> out, String label, String url) {
    String safe = ExternalUrls.safe(url);
    if (safe != null) {
      out.add(new Link(label, safe));
    }
  }

  private static List<Meta> meta(Paper paper) {
    List<Meta> out = new ArrayList<>();
    out.add(new Meta("citation_title", LatexText.toUnicode(paper.title())));
    paper.authors().forEach(a -> out.add(new Meta("citation_author", a)));
    if (paper.year() != null) {
      out.add(new Meta("citation_publication_date", String.valueOf(paper.year())));
    }
    Citation citation = Citation.of(paper);
    if (citation.kind() == Citation.Kind.PROCEEDINGS) {
      // Only a paper the venue accepted is in its proceedings; a rejected one is not.
      out.add(new Meta("citation_conference_title", citation.venueTitle()));
    }
    if (citation.doi() != null) {
      out.add(new Meta("citation_doi", citation.doi()));
    }
    String pdf = ExternalUrls.safe(paper.links().pdf());
    if (pdf != null) {
      out.add(new Meta("citation_pdf_url", pdf));
    }
    return out;
  }
}
