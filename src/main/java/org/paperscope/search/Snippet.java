package org.paperscope.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of one field of a hit, with the spans that match the query. Text is plain (never
 * HTML); renderers escape it and mark the highlights themselves.
 *
 * @param field the field the passage comes from (abstract, tldr, text, …)
 * @param text the passage; starts or ends with "…" when cut from a longer text
 * @param highlights matching spans as [start, end) character offsets into {@code text}, ascending
 *     and disjoint
 * @param page for full-text passages, the 1-based PDF page the passage starts on; else null
 * @param section for full-text passages, the section heading it falls under, if any; else null
 */
public record Snippet(
    String field, String text, List<Highlight> highlights, Integer page, String section) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** A passage of a metadata field (no page or section). */
  public Snippet(String field, String text, List<Highlight> highlights) {
    this(field, text, highlights, null, null);
  }

  /** "p. 5 · Experiments", "p. 5", or "" for metadata passages and reference entries. */
  public String location() {
    if (page == null) {
      return "";
    }
    return section == null ? "p. " + page : "p. " + page + " · " + section;
  }

  /** A half-open span [start, end) of {@link #text}. */
  public record Highlight(int start, int end) {

    /** Spans sorted by start, with overlapping and touching ones joined. */
    public static List<Highlight> merged(List<Highlight> sorted) {
      List<Highlight> out = new ArrayList<>();
      for (Highlight span : sorted) {
        Highlight last = out.isEmpty() ? null : out.getLast();
        if (last != null && span.start() <= last.end()) {
          out.set(out.size() - 1, new Highlight(last.start(), Math.max(last.end(), span.end())));
        } else {
          out.add(span);
        }
      }
      return out;
    }
  }

  /** The text with each highlight wrapped in the given markers, e.g. "**" and "**". */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
