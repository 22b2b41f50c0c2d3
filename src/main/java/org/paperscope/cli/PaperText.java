package org.paperscope.cli;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.search.Snippet;

/**
 * How the CLI writes parts of a paper for people. A terminal cannot typeset LaTeX, so titles,
 * TL;DRs, abstracts, tags and snippets are written in their Unicode form ("Adam⁺", not "Adam$^+$");
 * {@code --json} keeps the stored text.
 */
final class PaperText {
  private PaperText() {}

  /** The title in Unicode. */
  static String title(Paper paper) {
    return LatexText.toUnicode(paper.title());
  }

  /** "TL;DR (author): …", else "Auto-TLDR: …", else the honest "No TL;DR". */
  static String tldrLine(Paper paper, String autoTldr) {
    if (paper.tldr() != null) {
      return "TL;DR (author): " + LatexText.toUnicode(paper.tldr());
    }
    return autoTldr == null ? "No TL;DR" : "Auto-TLDR: " + autoTldr;
  }

  /** The tags in Unicode, joined by "; ". */
  static String tags(List<String> keywords) {
    return String.join("; ", keywords.stream().map(LatexText::toUnicode).toList());
  }

  /**
   * The snippet in Unicode with each highlight between {@code mark} and {@code mark}; a formula
   * with a highlight inside is marked whole.
   */
  static String marked(Snippet snippet, String mark) {
    BitSet highlighted = new BitSet();
    for (Snippet.Highlight h : snippet.highlights()) {
      int start = Math.clamp(h.start(), 0, snippet.text().length());
      highlighted.set(start, Math.clamp(h.end(), start, snippet.text().length()));
    }
    StringBuilder out = new StringBuilder();
    for (LatexText.Run run : LatexText.runs(snippet.text(), highlighted)) {
      out.append(run.marked() ? mark + run.text() + mark : run.text());
    }
    return out.toString();
  }

  static String rating(Paper paper) {
    return paper.rating() == null ? null : String.format(Locale.ROOT, "%.2f", paper.rating());
  }
}
