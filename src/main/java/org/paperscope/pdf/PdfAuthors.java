package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Best-effort author names from the lines between a paper's title and its first heading.
 *
 * <p>Lines naming an affiliation, an address, an e-mail or a venue are skipped; the others are
 * split at commas, semicolons, "and" and "&amp;", footnote marks and digits are removed, and what
 * remains is kept when it looks like a name: two to five words, each capitalised or a name particle
 * (van, de, von, …). At most {@value #MAX_LINES} lines are read. Stateless.
 */
final class PdfAuthors {
  static final int MAX_LINES = 20;
  private static final Pattern NOT_NAMES =
      Pattern.compile(
          "(?i).*(universit|institut|department|dept\\.|school|laborator|\\blab\\b|research"
              + "|inc\\.|corp|college|cent(er|re)|academy|faculty|division|group|science|llc"
              + "|technolog|google|microsoft|facebook|meta\\b|deepmind|openai|amazon|ibm|nvidia"
              + "|@|\\.com|\\.edu|https?:|street|road|avenue|view|\\d{4,}|abstract|proceedings"
              + "|conference|arxiv|preprint|equal contribution).*");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(,|;|\\band\\b|&|·|\\|)\\s*");
  private static final Pattern MARKS = Pattern.compile("[\\d∗*†‡§¶#♯♭♮⋆★☆✝✉()\\[\\]{}]");
  private static final String NAME_WORD =
      "(\\p{Lu}[\\p{L}.'’-]*|van|von|de|der|den|del|della|da|di|du|la|le|bin|al)";
  private static final Pattern NAME = Pattern.compile(NAME_WORD + "(\\s+" + NAME_WORD + "){1,4}");

  private PdfAuthors() {}

  /** The names found in the lines, in order, without duplicates; possibly empty. */
  static List<String> names(List<PdfLine> linesAfterTitle) {
    Set<String> names = new LinkedHashSet<>();
    int read = 0;
    for (PdfLine line : linesAfterTitle) {
      if (read++ == MAX_LINES || line.text().length() > 120) {
        break;
      }
      if (NOT_NAMES.matcher(line.text()).matches()) {
        continue;
      }
      for (String part : SEPARATORS.split(line.text())) {
        String name = MARKS.matcher(part).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (NAME.matcher(name).matches() && name.length() <= 40) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }
}
