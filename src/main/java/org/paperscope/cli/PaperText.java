package org.paperscope.cli;

import java.util.Locale;
import org.paperscope.paper.Paper;

/** How the CLI writes parts of a paper for people. */
final class PaperText {
  private PaperText() {}

  /** "TL;DR (author): …" or the honest "No TL;DR". */
  static String tldrLine(Paper paper) {
    return paper.tldr() == null ? "No TL;DR" : "TL;DR (author): " + paper.tldr();
  }

  static String rating(Paper paper) {
    return paper.rating() == null ? null : String.format(Locale.ROOT, "%.2f", paper.rating());
  }
}
