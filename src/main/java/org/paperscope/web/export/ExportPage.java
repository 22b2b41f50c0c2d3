package org.paperscope.web.export;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperscope.web.Messages;
import org.paperscope.web.search.SearchLinks;

/**
 * Which part of a match set one export response holds, and where the rest is. An export holds at
 * most {@link WebLimits#maxExportSize} papers; every format says when it holds fewer than match:
 * the headers {@code X-Total-Count} (the whole match set) and {@code X-Truncated}, a {@code Link:
 * <…>; rel="next"} header to the next page (RFC 8288) while its offset is within {@link
 * WebLimits#maxOffset}, and a file name that states the range ({@code papers-1-1000-of-20090.csv}).
 * JSON, BibTeX and Atom say it in the body as well. Immutable.
 *
 * @param total papers matching the search
 * @param offset papers skipped before the first one held
 * @param returned papers held
 * @param next the absolute URL of the next page, or null when there is none or it is past {@link
 *     WebLimits#maxOffset}
 * @param maxOffset the deepest offset a page may start at
 */
record ExportPage(long total, int offset, int returned, String next, int maxOffset) {

  /**
   * The page a response holds; the next page's URL is this request's with {@code offset} moved on,
   * every other parameter kept.
   */
  static ExportPage of(Context ctx, long total, int offset, int returned, int maxOffset) {
    long nextOffset = (long) offset + returned;
    String next = null;
    if (returned > 0 && nextOffset < total && nextOffset <= maxOffset) {
      next = ExportRoutes.baseUrl(ctx) + ctx.path() + withOffset(ctx.queryParamMap(), nextOffset);
    }
    return new ExportPage(total, offset, returned, next, maxOffset);
  }

  /** Whether papers of the match set come after this page's last. */
  boolean truncated() {
    return (long) offset + returned < total;
  }

  /** Whether this page holds less than the whole match set. */
  boolean partial() {
    return offset > 0 || truncated();
  }

  /**
   * One sentence on what this page holds and how to get the rest (ASCII in English), or null when
   * it holds the whole match set.
   */
  String note(Messages messages) {
    if (!partial()) {
      return null;
    }
    if (next != null) {
      return returned == 0
          ? messages.get("export.note.none.next", total, next)
          : messages.get("export.note.next", offset + 1L, (long) offset + returned, total, next);
    }
    if (truncated()) {
      return returned == 0
          ? messages.get("export.note.none.deepest", total, maxOffset)
          : messages.get(
              "export.note.deepest", offset + 1L, (long) offset + returned, total, maxOffset);
    }
    return returned == 0
        ? messages.get("export.note.none", total)
        : messages.get("export.note", offset + 1L, (long) offset + returned, total);
  }

  /** "papers.bib", or "papers-1001-2000-of-20090.bib" for part of the match set. */
  String filename(String extension) {
    if (!partial()) {
      return "papers." + extension;
    }
    long first = returned == 0 ? offset : offset + 1L;
    return "papers-" + first + "-" + ((long) offset + returned) + "-of-" + total + "." + extension;
  }

  /**
   * Sets {@code X-Total-Count}, {@code X-Truncated} and, when there is a next page, {@code Link}.
   */
  void headers(Context ctx) {
    ctx.header("X-Total-Count", String.valueOf(total));
    ctx.header("X-Truncated", String.valueOf(truncated()));
    if (next != null) {
      ctx.header("Link", "<" + next + ">; rel=\"next\"");
    }
  }

  private static String withOffset(Map<String, List<String>> params, long offset) {
    List<String> parts = new ArrayList<>();
    params.forEach(
        (name, values) -> {
          if (!name.equals("offset")) {
            values.forEach(v -> parts.add(SearchLinks.encode(name) + "=" + SearchLinks.encode(v)));
          }
        });
    parts.add("offset=" + offset);
    return "?" + String.join("&", parts);
  }
}
