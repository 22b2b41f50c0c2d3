package org.paperscope.web.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperscope.paper.LatexText;
import org.paperscope.search.Snippet;
import org.paperscope.web.Messages;

/**
 * A snippet cut into plain, highlighted and math pieces at its highlight offsets and formulas.
 * Pieces are plain text, LaTeX converted to Unicode ({@link LatexText}): the template escapes each
 * one, wraps the highlighted ones in {@code <mark>} and a formula in an element carrying its TeX
 * source for KaTeX to typeset, so no markup from a paper can reach the page and a page read without
 * JavaScript shows the Unicode form.
 *
 * @param field the field the snippet comes from (abstract, tldr, text, …), for its label
 * @param location where a full-text passage is in the PDF ("p. 4 · 3.2 Attention"), else ""
 * @param pieces the text in order, in its Unicode form
 */
public record MarkedText(String field, String location, List<Piece> pieces) {
  /** Distinct highlighted words spread over a field; a query has few, this bounds a hostile one. */
  private static final int MAX_FORMS = 32;

  /**
   * A run of text, highlighted or not.
   *
   * @param tex for a formula to typeset, its TeX source ({@code text} is its Unicode form); null
   *     for text, and for a formula with a highlight inside, shown highlighted in Unicode instead
   */
  public record Piece(String text, boolean marked, String tex, String href) {
    public Piece(String text, boolean marked, String tex) {
      this(text, marked, tex, null);
    }

    public Piece(String text, boolean marked) {
      this(text, marked, null, null);
    }
  }

  /** Characters {@code [start, end)} of a text that link to {@code href}. */
  public record Anchor(int start, int end, String href) {}

  public MarkedText {
    pieces = List.copyOf(pieces);
  }

  /**
   * Cuts a snippet at its highlights. Offsets outside the text or overlapping an earlier highlight
   * are clamped, so a bad offset can cost a highlight but never an exception.
   */
  static MarkedText of(Snippet snippet) {
    String text = snippet.text();
    BitSet marked = new BitSet(text.length());
    int at = 0;
    for (Snippet.Highlight h : snippet.highlights()) {
      int start = Math.clamp(h.start(), at, text.length());
      int end = Math.clamp(h.end(), start, text.length());
      marked.set(start, end);
      at = end;
    }
    return new MarkedText(snippet.field(), snippet.location(), pieces(text, marked));
  }

  /**
   * The whole text, nothing highlighted, with links at {@code anchors} (in order, not overlapping).
   * An anchor inside a formula ({@code $…$}) is dropped: the formula stays whole.
   */
  public static MarkedText linked(String field, String text, List<Anchor> anchors) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Anchor a : anchors) {
      if (a.start() < at || a.end() > text.length() || a.start() >= a.end() || inMath(text, a)) {
        continue;
      }
      pieces.addAll(pieces(text.substring(at, a.start()), new BitSet()));
      for (Piece p : pieces(text.substring(a.start(), a.end()), new BitSet())) {
        pieces.add(new Piece(p.text(), false, p.tex(), a.href()));
      }
      at = a.end();
    }
    pieces.addAll(pieces(text.substring(at), new BitSet()));
    return new MarkedText(field, "", pieces);
  }

  private static boolean inMath(String text, Anchor a) {
    long before = text.substring(0, a.start()).chars().filter(c -> c == '$').count();
    return before % 2 == 1 || text.substring(a.start(), a.end()).indexOf('$') >= 0;
  }

  /** The whole text, nothing highlighted. */
  public static MarkedText plain(String field, String text) {
    return new MarkedText(field, "", pieces(text, new BitSet()));
  }

  private static List<Piece> pieces(String text, BitSet marked) {
    List<Piece> pieces = new ArrayList<>();
    for (LatexText.Run run : LatexText.runs(text, marked)) {
      pieces.add(new Piece(run.text(), run.marked(), run.tex()));
    }
    return pieces;
  }

  /**
   * The field's whole text, highlighting every occurrence of the words the snippet highlights. The
   * snippet is a window of the field, so its offsets cover only part of it; spreading its
   * highlighted surface forms (case-insensitive, whole words) marks the rest the same way.
   */
  static MarkedText spread(Snippet snippet, String fieldText) {
    Set<String> forms = new LinkedHashSet<>();
    for (Snippet.Highlight h : snippet.highlights()) {
      if (h.start() >= 0
          && h.end() <= snippet.text().length()
          && h.start() < h.end()
          && forms.size() < MAX_FORMS) {
        forms.add(snippet.text().substring(h.start(), h.end()).toLowerCase(Locale.ROOT));
      }
    }
    List<Snippet.Highlight> spans = new ArrayList<>();
    String lower = fieldText.toLowerCase(Locale.ROOT);
    // Lower-casing can change the length (a dotted capital I); then compare in place instead.
    boolean aligned = lower.length() == fieldText.length();
    for (String form : forms) {
      for (int at = next(fieldText, lower, aligned, form, 0);
          at >= 0;
          at = next(fieldText, lower, aligned, form, at + 1)) {
        if (isWordEdge(fieldText, at - 1) && isWordEdge(fieldText, at + form.length())) {
          spans.add(new Snippet.Highlight(at, at + form.length()));
        }
      }
    }
    spans.sort(
        Comparator.comparingInt(Snippet.Highlight::start)
            .thenComparing(Snippet.Highlight::end, Comparator.reverseOrder()));
    return of(new Snippet(snippet.field(), fieldText, Snippet.Highlight.merged(spans)));
  }

  /** The next case-insensitive occurrence of {@code form} at or after {@code from}, or -1. */
  private static int next(String text, String lower, boolean aligned, String form, int from) {
    if (aligned) {
      return lower.indexOf(form, from);
    }
    for (int at = from; at + form.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, form, 0, form.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isWordEdge(String text, int at) {
    return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
  }

  /** A label for the snippet's field: "Abstract", "TL;DR", "Full text"; an unknown field's name. */
  public String fieldLabel(Messages messages) {
    return switch (field) {
      case "tldr" -> messages.get("field.tldr");
      case "abstract" -> messages.get("field.abstract");
      case "text" -> messages.get("field.text");
      case "refs" -> messages.get("field.refs");
      case "title" -> messages.get("field.title");
      default -> field;
    };
  }
}
