package org.paperscope.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperscope.paper.ExternalUrls;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;

/**
 * Papers as RIS records, the tagged format Zotero, EndNote and Mendeley import: one line per tag
 * ({@code TI - title}, CRLF line ends as the RIS specification asks), a record from {@code TY} to
 * {@code ER}. Types: {@code CPAPER} for a paper in proceedings (the RIS name for a conference
 * paper; {@code CONF} is a whole proceedings volume, and Zotero exports conference papers as {@code
 * CPAPER}), {@code UNPB} for submissions not accepted and arXiv preprints, {@code GEN} without a
 * venue. Line breaks and control characters in values become spaces, so no value can start a tag of
 * its own. Not thread-safe.
 */
public final class RisWriter implements PaperWriter {
  /** The RIS specification's line end. */
  static final String EOL = "\r\n";

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii");

  private final Writer out;

  /** A writer appending to {@code out}. */
  public RisWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Paper paper) throws IOException {
    Citation citation = Citation.of(paper);
    tag("TY", type(citation.kind()));
    tag("TI", LatexText.toUnicode(paper.title()));
    for (String author : paper.authors()) {
      tag("AU", invert(author));
    }
    tag("T2", citation.venueTitle());
    tag("PY", paper.year() == null ? null : String.valueOf(paper.year()));
    tag("AB", LatexText.toUnicode(paper.abstractText()));
    for (String keyword : paper.keywords()) {
      tag("KW", LatexText.toUnicode(keyword));
    }
    tag("DO", citation.doi());
    tag("UR", citation.url());
    tag("L1", ExternalUrls.safe(paper.links().pdf()));
    if (citation.arxivId() != null && citation.kind() == Citation.Kind.PREPRINT) {
      tag("AN", "arXiv:" + citation.arxivId());
      tag("DB", "arXiv");
    }
    tag("N1", citation.submittedTo());
    tag("N1", paper.tldr() == null ? null : "TL;DR: " + LatexText.toUnicode(paper.tldr()));
    out.write("ER  - " + EOL);
  }

  private static String type(Citation.Kind kind) {
    return switch (kind) {
      case PROCEEDINGS -> "CPAPER";
      case SUBMISSION, PREPRINT -> "UNPB";
      case UNPUBLISHED -> "GEN";
    };
  }

  /** Writes {@code TAG - value}; nothing for a null or blank value. */
  private void tag(String tag, String value) throws IOException {
    if (value == null) {
      return;
    }
    String line = CONTROL.matcher(value).replaceAll(" ").strip();
    if (!line.isEmpty()) {
      out.write(tag + "  - " + line + EOL);
    }
  }

  /**
   * "Ashish Vaswani" as RIS wants names, "Vaswani, Ashish" ("King, Martin Luther, Jr." with a
   * suffix); a name with a comma is taken as already inverted, a single word is kept.
   */
  static String invert(String name) {
    String[] words = name.strip().split("\\s+");
    if (name.indexOf(',') >= 0 || words.length < 2) {
      return name;
    }
    int last = words.length - 1;
    String suffix = null;
    if (words.length > 2 && NAME_SUFFIXES.contains(words[last].toLowerCase(Locale.ROOT))) {
      suffix = words[last--];
    }
    String given = String.join(" ", Arrays.copyOfRange(words, 0, last));
    return words[last] + ", " + given + (suffix == null ? "" : ", " + suffix);
  }
}
