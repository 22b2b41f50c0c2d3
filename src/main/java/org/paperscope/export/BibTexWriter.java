package org.paperscope.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import org.paperscope.paper.Paper;

/**
 * Writes papers as BibTeX entries ({@link BibTex}), one blank line apart, with keys unique within
 * the export: a key taken by an earlier paper gets the suffix a, b, … z, then 26, 27, …, so the
 * same papers in the same order always get the same keys. Not thread-safe.
 */
public final class BibTexWriter implements PaperWriter {
  private final Writer out;
  private final Set<String> used = new HashSet<>();

  /** A writer appending to {@code out}. */
  public BibTexWriter(Writer out) {
    this.out = out;
  }

  /** Writes a {@link BibTex#comment} (a note that reference managers skip). */
  public void comment(String note) throws IOException {
    out.write(BibTex.comment(note));
    out.write('\n');
  }

  @Override
  public void write(Paper paper) throws IOException {
    String key = BibTex.key(paper);
    String unique = key;
    for (int n = 0; !used.add(unique); n++) {
      unique = key + suffix(n);
    }
    out.write(BibTex.entry(paper, unique));
    out.write('\n');
  }

  private static String suffix(int n) {
    return n < 26 ? String.valueOf((char) ('a' + n)) : String.valueOf(n);
  }
}
