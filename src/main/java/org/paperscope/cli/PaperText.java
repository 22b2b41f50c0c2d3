package org.paperscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperscope.paper.Paper;

/** How the CLI writes parts of a paper for people. */
final class PaperText {
  private PaperText() {}

  /** "ICLR · 2018 · Poster", leaving out what is unknown. */
  static String venueLine(Paper paper) {
    List<String> parts = new ArrayList<>();
    if (paper.venue() != null) {
      parts.add(paper.venue());
    }
    if (paper.year() != null) {
      parts.add(Integer.toString(paper.year()));
    }
    if (paper.decision() != null) {
      parts.add(paper.decision());
    }
    return String.join(" · ", parts);
  }

  /** "TL;DR (author): …" or the honest "No TL;DR". */
  static String tldrLine(Paper paper) {
    return paper.tldr() == null ? "No TL;DR" : "TL;DR (author): " + paper.tldr();
  }

  static String rating(Paper paper) {
    return paper.rating() == null ? null : String.format(Locale.ROOT, "%.2f", paper.rating());
  }
}
