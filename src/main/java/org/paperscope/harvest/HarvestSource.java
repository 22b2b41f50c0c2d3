package org.paperscope.harvest;

import java.util.ArrayList;
import java.util.List;

/**
 * A source to harvest on a schedule: {@code arxiv:cs.LG} or {@code
 * openreview:ICLR.cc/2025/Conference}.
 *
 * @param kind {@code arxiv} or {@code openreview}
 * @param name the category or the venue id
 */
public record HarvestSource(String kind, String name) {
  /**
   * The sources of a comma-separated list.
   *
   * @throws IllegalArgumentException naming the entry that is no {@code arxiv:CAT} or {@code
   *     openreview:VENUE}
   */
  public static List<HarvestSource> parseList(String text) {
    List<HarvestSource> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String kind = colon < 0 ? "" : entry.substring(0, colon).strip();
      String name = colon < 0 ? "" : entry.substring(colon + 1).strip();
      if (!(kind.equals("arxiv") || kind.equals("openreview")) || name.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + entry + "' is no arxiv:CATEGORY or openreview:VENUE_ID");
      }
      out.add(new HarvestSource(kind, name));
    }
    return out;
  }

  /** The command-line words that harvest it ({@code arxiv --category cs.LG}). */
  public List<String> arguments() {
    return kind.equals("arxiv")
        ? List.of(kind, "--category", name)
        : List.of(kind, "--venue", name);
  }

  @Override
  public String toString() {
    return kind + ":" + name;
  }
}
