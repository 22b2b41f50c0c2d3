package org.paperscope.pdf;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bibliographic facts printed on a paper's first page besides its title and authors: the arXiv
 * identifier (from arXiv's margin stamp or a printed {@code arXiv:} line) and the year of
 * publication (from a venue or copyright line such as "31st Conference on Neural Information
 * Processing Systems (NIPS 2017)", "Published as a conference paper at ICLR 2021" or "Copyright
 * 2011 by the author(s)", else from the arXiv identifier, else from the stamp's date).
 *
 * <p>Stateless and thread-safe.
 */
final class PdfFrontMatter {
  /** {@code arXiv:1706.03762v5 [cs.CL] 6 Dec 2017}; old-style ids such as {@code cs/0112017}. */
  private static final Pattern ARXIV =
      Pattern.compile(
          "(?i)arxiv:\\s*(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?"
              + "(?:\\s*\\[[^\\]]*\\])?(?:\\s*\\d{1,2}\\s*\\p{L}{3}\\w*\\s*(\\d{4}))?");

  /** Lines that say where and when the paper appeared. */
  private static final Pattern VENUE_LINE =
      Pattern.compile(
          "(?i).*(proceedings|conference|published|appearing|to appear|copyright|©|\\(c\\)"
              + "|\\bc \\d{4}|workshop|transactions|journal|symposium|manuscript received).*");

  private static final Pattern YEAR = Pattern.compile("(?<![\\d./-])(19[5-9]\\d|20\\d\\d)(?!\\d)");

  /** Lines quoting other work ("Brown et al., 2020"), which name years of other papers. */
  private static final Pattern CITATION = Pattern.compile("(?i)et al\\.?|\\(\\w+,\\s*\\d{4}\\)");

  private PdfFrontMatter() {}

  /** The first page's facts; the first page may be absent (no pages). */
  static Facts of(List<PdfPageLines> rawPages) {
    if (rawPages.isEmpty()) {
      return new Facts(null, 0);
    }
    List<PdfLine> lines = rawPages.getFirst().lines();
    Matcher stamp = stamp(lines);
    String arxivId = stamp == null ? null : stamp.group(1);
    int stampYear =
        stamp == null || stamp.group(2) == null ? 0 : plausible(Integer.parseInt(stamp.group(2)));
    int venueYear = 0;
    for (PdfLine line : lines) {
      String text = line.text();
      if (venueYear == 0
          && !line.rotated()
          && VENUE_LINE.matcher(text).matches()
          && !CITATION.matcher(text).find()) {
        venueYear = latestYear(text);
      }
    }
    int year = venueYear != 0 ? venueYear : arxivYear(arxivId);
    return new Facts(arxivId, year != 0 ? year : stampYear);
  }

  /**
   * What the first page says.
   *
   * @param arxivId the arXiv identifier without version, or null
   * @param year the year of publication, or 0 when unknown
   */
  record Facts(String arxivId, int year) {}

  /**
   * The arXiv stamp: a rotated margin line holding an arXiv id, else an upright line that is only
   * an arXiv id (a citation in running text names other papers' ids).
   */
  private static Matcher stamp(List<PdfLine> lines) {
    for (boolean rotated : new boolean[] {true, false}) {
      for (PdfLine line : lines) {
        if (line.rotated() == rotated) {
          Matcher matcher = ARXIV.matcher(line.text().strip());
          if (rotated ? matcher.find() : matcher.matches()) {
            return matcher;
          }
        }
      }
    }
    return null;
  }

  private static int latestYear(String text) {
    int latest = 0;
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      latest = Math.max(latest, plausible(Integer.parseInt(year.group(1))));
    }
    return latest;
  }

  /** New-style ids begin with the year and month of first submission: 1706.03762 is 2017. */
  private static int arxivYear(String arxivId) {
    if (arxivId == null || !arxivId.matches("\\d{4}\\..*")) {
      return 0;
    }
    return plausible(2000 + Integer.parseInt(arxivId.substring(0, 2)));
  }

  private static int plausible(int year) {
    return year >= 1950 && year <= Year.now().getValue() + 1 ? year : 0;
  }
}
