package org.paperscope.export;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.paper.ExternalUrls;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.ReviewOutcome;

/**
 * What a paper may honestly be cited as, and its canonical link: a paper is "in the proceedings of
 * ICLR 2019" only when its decision says it was accepted; a rejected, withdrawn or undecided
 * submission is "Submitted to ICLR 2019". Immutable and thread-safe.
 *
 * @param kind what the paper is
 * @param venueTitle the proceedings' full title for {@link Kind#PROCEEDINGS} ("International
 *     Conference on Learning Representations (ICLR 2019)"), else null
 * @param submittedTo "Submitted to ICLR 2019" for {@link Kind#SUBMISSION}, else null
 * @param url the canonical link: the forum page (OpenReview, arXiv abstract), else the arXiv
 *     abstract, else the DOI's resolver, else the PDF; an absolute http(s) URL or null. Never this
 *     server's address, which is no lasting name for a paper
 * @param doi the DOI ("10.1145/…") when the id or a link holds one, else null
 * @param arxivId the versionless arXiv id ("1706.03762", "cs/0112017") when the id or a link holds
 *     one, else null
 * @param primaryClass the arXiv category ("cs.LG") of a {@link Kind#PREPRINT}, its first keyword
 *     when that is one, else null
 */
public record Citation(
    Kind kind,
    String venueTitle,
    String submittedTo,
    String url,
    String doi,
    String arxivId,
    String primaryClass) {

  /** What a paper is, for a reference manager. */
  public enum Kind {
    /** Accepted at a venue, main conference or workshop track: in its proceedings. */
    PROCEEDINGS,
    /**
     * Submitted to a venue that rejected it, saw it withdrawn or has not (known to have) decided.
     */
    SUBMISSION,
    /** An arXiv preprint. */
    PREPRINT,
    /** No venue known. */
    UNPUBLISHED
  }

  /** The venue PaperScope gives arXiv preprints, in any case. */
  private static final String ARXIV = "arxiv";

  private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})";
  private static final Pattern ARXIV_ID = Pattern.compile(ID + "(?:v\\d+)?");
  private static final Pattern ARXIV_URL =
      Pattern.compile(
          "(?i)https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/"
              + ID
              + "(?:v\\d+)?(?:\\.pdf)?/?");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern DOI_URL =
      Pattern.compile("(?i)https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)");

  /** arXiv's archives (arxiv.org/category_taxonomy); a category is one, or one with a subject. */
  private static final Set<String> ARCHIVES =
      Set.of(
          "astro-ph",
          "cond-mat",
          "cs",
          "econ",
          "eess",
          "gr-qc",
          "hep-ex",
          "hep-lat",
          "hep-ph",
          "hep-th",
          "math",
          "math-ph",
          "nlin",
          "nucl-ex",
          "nucl-th",
          "physics",
          "q-bio",
          "q-fin",
          "quant-ph",
          "stat");

  private static final Pattern CATEGORY = Pattern.compile("([a-z-]+)(?:\\.[A-Za-z-]+)?");

  /** The citation of a paper. */
  public static Citation of(Paper paper) {
    String arxivId = arxivId(paper);
    String doi = doi(paper);
    String url =
        firstNonNull(
            ExternalUrls.safe(paper.links().forum()),
            arxivId == null ? null : "https://arxiv.org/abs/" + arxivId,
            doi == null ? null : "https://doi.org/" + doi,
            ExternalUrls.safe(paper.links().pdf()));
    String venue = paper.venue();
    if (venue == null) {
      return new Citation(Kind.UNPUBLISHED, null, null, url, doi, arxivId, null);
    }
    if (venue.strip().equalsIgnoreCase(ARXIV)) {
      return new Citation(Kind.PREPRINT, null, null, url, doi, arxivId, primaryClass(paper));
    }
    ReviewOutcome outcome = ReviewOutcome.of(paper.decision());
    if (outcome.published()) {
      String title = ConferenceNames.proceedings(venue, paper.year());
      if (outcome == ReviewOutcome.WORKSHOP) {
        title += ", Workshop Track";
      }
      return new Citation(Kind.PROCEEDINGS, title, null, url, doi, arxivId, null);
    }
    String submitted = "Submitted to " + ConferenceNames.shortName(venue, paper.year());
    return new Citation(Kind.SUBMISSION, null, submitted, url, doi, arxivId, null);
  }

  private static String arxivId(Paper paper) {
    Matcher id = ARXIV_ID.matcher(paper.id());
    if (id.matches()) {
      return id.group(1);
    }
    Links links = paper.links();
    for (String link : new String[] {links.forum(), links.pdf()}) {
      Matcher url = link == null ? null : ARXIV_URL.matcher(link.strip());
      if (url != null && url.matches()) {
        return url.group(1);
      }
    }
    return null;
  }

  private static String doi(Paper paper) {
    if (DOI.matcher(paper.id()).matches()) {
      return paper.id();
    }
    Links links = paper.links();
    for (String link : new String[] {links.forum(), links.pdf()}) {
      Matcher url = link == null ? null : DOI_URL.matcher(link.strip());
      if (url != null && url.matches()) {
        return url.group(1);
      }
    }
    return null;
  }

  private static String primaryClass(Paper paper) {
    List<String> keywords = paper.keywords();
    if (keywords.isEmpty()) {
      return null;
    }
    Matcher category = CATEGORY.matcher(keywords.get(0));
    return category.matches() && ARCHIVES.contains(category.group(1)) ? keywords.get(0) : null;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
