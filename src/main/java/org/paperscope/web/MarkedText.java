package org.paperscope.web;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.search.Snippet;

/**
 * A snippet cut into plain and highlighted pieces at its highlight offsets. Pieces are plain text:
 * the template escapes each one and wraps the highlighted ones in {@code <mark>}, so no markup
 * from a paper can reach the page.
 *
 * @param field the field the snippet comes from (abstract, tldr, …), for its label
 * @param pieces the text in order; concatenated they are the snippet's text
 */
public record MarkedText(String field, List<Piece> pieces) {

  /** A run of text, highlighted or not. */
  public record Piece(String text, boolean marked) {}

  public MarkedText {
    pieces = List.copyOf(pieces);
  }

  /**
   * Cuts a snippet at its highlights. Offsets outside the text or overlapping an earlier highlight
   * are clamped, so a bad offset can cost a highlight but never an exception.
   */
  static MarkedText of(Snippet snippet) {
    String text = snippet.text();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Snippet.Highlight h : snippet.highlights()) {
      int start = Math.clamp(h.start(), at, text.length());
      int end = Math.clamp(h.end(), start, text.length());
      if (start > at) {
        pieces.add(new Piece(text.substring(at, start), false));
      }
      if (end > start) {
        pieces.add(new Piece(text.substring(start, end), true));
      }
      at = end;
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return new MarkedText(snippet.field(), pieces);
  }

  /** The whole text, nothing highlighted. */
  static MarkedText plain(String field, String text) {
    return new MarkedText(field, List.of(new Piece(text, false)));
  }

  /**
   * The field's whole text with the snippet's highlights when the snippet is the whole field (no
   * ellipsis: a TL;DR or a short abstract), otherwise {@code null}.
   */
  static MarkedText whole(Snippet snippet, String fieldText) {
    return snippet.text().equals(fieldText) ? of(snippet) : null;
  }

  /** A label for the snippet's field: "Abstract", "TL;DR", "Full text". */
  public String fieldLabel() {
    return switch (field) {
      case "tldr" -> "TL;DR";
      case "abstract" -> "Abstract";
      case "text" -> "Full text";
      case "title" -> "Title";
      default -> field;
    };
  }
}
