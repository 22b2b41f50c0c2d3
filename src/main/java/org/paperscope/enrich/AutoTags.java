package org.paperscope.enrich;

import java.util.List;

/**
 * Tags PaperScope gave a paper whose authors gave none ({@link TagEnrichment}), marked as automatic
 * wherever they are shown.
 *
 * @param keys the tags' keys ({@code tag:} matches them), best first
 * @param names how papers write each, in the same order
 */
public record AutoTags(List<String> keys, List<String> names) implements EnrichmentResult {
  public AutoTags {
    keys = List.copyOf(keys);
    names = List.copyOf(names);
    if (keys.size() != names.size()) {
      throw new IllegalArgumentException("one name per key");
    }
  }

  /** The stored form: one {@code key<TAB>name} line per tag. */
  public String toLines() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      out.append(keys.get(i)).append('\t').append(names.get(i)).append('\n');
    }
    return out.toString();
  }

  /** Reads {@link #toLines}; empty for null. */
  public static AutoTags fromLines(String lines) {
    java.util.ArrayList<String> keys = new java.util.ArrayList<>();
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    if (lines != null) {
      for (String line : lines.split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          keys.add(line.substring(0, tab));
          names.add(line.substring(tab + 1));
        }
      }
    }
    return new AutoTags(keys, names);
  }
}
