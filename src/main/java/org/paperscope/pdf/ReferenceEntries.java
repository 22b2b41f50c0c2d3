package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paper's extracted references section into its entries. The extracted text holds one
 * paragraph per line; most entries are one line, but a long entry may break. In a numbered list
 * ({@code [12] …} or {@code 12. …}, the majority of lines starting so), an entry runs from one
 * numbered line to the next; otherwise every line is an entry. Stateless.
 */
public final class ReferenceEntries {
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\[\\d{1,4}\\]|\\d{1,4}\\.)\\s.*");

  private ReferenceEntries() {}

  /** The entries, in order, stripped; empty lines dropped. */
  public static List<String> split(String references) {
    List<String> lines = new ArrayList<>();
    for (String line : references.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    long numbered = lines.stream().filter(l -> NUMBERED.matcher(l).matches()).count();
    if (numbered * 2 <= lines.size()) {
      return lines;
    }
    List<String> entries = new ArrayList<>();
    StringBuilder entry = new StringBuilder();
    for (String line : lines) {
      if (NUMBERED.matcher(line).matches() && !entry.isEmpty()) {
        entries.add(entry.toString());
        entry.setLength(0);
      }
      entry.append(entry.isEmpty() ? "" : " ").append(line);
    }
    if (!entry.isEmpty()) {
      entries.add(entry.toString());
    }
    return entries;
  }
}
