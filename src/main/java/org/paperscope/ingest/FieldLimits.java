package org.paperscope.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

/**
 * Named bounds on every field of a record, the same for every format: a record over one is rejected
 * with the field and the limit, and the batch goes on. They sit far above real papers and far below
 * what the index can take (Lucene refuses a single term or facet value over 32,766 bytes, which an
 * over-long id, author, keyword, venue or decision would otherwise reach, failing the whole batch).
 *
 * @param maxIdChars longest id
 * @param maxTitleChars longest title
 * @param maxNameChars longest author name, keyword, venue or decision
 * @param maxTextChars longest abstract or TL;DR
 * @param maxUrlChars longest link
 * @param maxListSize most authors or keywords
 */
public record FieldLimits(
    int maxIdChars,
    int maxTitleChars,
    int maxNameChars,
    int maxTextChars,
    int maxUrlChars,
    int maxListSize) {

  /**
   * Defaults: ids 512 characters, titles 2,000, names 1,000, abstracts and TL;DRs 200,000, links
   * 4,000, 10,000 authors or keywords (large physics collaborations list about 3,000 authors).
   * Every single value then stays under Lucene's 32,766-byte term limit even at 4 UTF-8 bytes a
   * character.
   */
  public static final FieldLimits DEFAULTS =
      new FieldLimits(512, 2_000, 1_000, 200_000, 4_000, 10_000);

  /** The first field of {@code paper} over its limit, as a rejection reason; empty when none. */
  public Optional<String> violation(Paper paper) {
    String reason = over("id", paper.id(), maxIdChars);
    reason = reason != null ? reason : over("title", paper.title(), maxTitleChars);
    reason = reason != null ? reason : over("abstract", paper.abstractText(), maxTextChars);
    reason = reason != null ? reason : over("tldr", paper.tldr(), maxTextChars);
    reason = reason != null ? reason : over("venue", paper.venue(), maxNameChars);
    reason = reason != null ? reason : over("decision", paper.decision(), maxNameChars);
    reason = reason != null ? reason : overList("authors", paper.authors());
    reason = reason != null ? reason : overList("keywords", paper.keywords());
    reason = reason != null ? reason : overLinks(paper.links());
    return Optional.ofNullable(reason);
  }

  private String overList(String field, List<String> values) {
    if (values.size() > maxListSize) {
      return String.format(
          Locale.ROOT,
          "%s: %,d values, more than the limit of %,d",
          field,
          values.size(),
          maxListSize);
    }
    for (String value : values) {
      String reason = over(field, value, maxNameChars);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private String overLinks(Links links) {
    for (String url :
        new String[] {
          links.pdf(), links.forum(), links.code(), links.slides(), links.poster(), links.video()
        }) {
      String reason = over("links", url, maxUrlChars);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private static String over(String field, String value, int max) {
    if (value == null || value.length() <= max) {
      return null;
    }
    return String.format(
        Locale.ROOT, "%s: %,d characters, more than the limit of %,d", field, value.length(), max);
  }
}
