package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings by the shape of a line.
 *
 * <p>A heading is a short line (at most {@value #MAX_WORDS} words, {@value #MAX_CHARS} characters)
 * that does not end like a sentence fragment and is either
 *
 * <ul>
 *   <li>a well-known section name, optionally numbered ({@code Abstract}, {@code 1. Introduction},
 *       {@code REFERENCES}, {@code Acknowledgments}, {@code Appendix A}), in any font; or
 *   <li>numbered ({@code 3}, {@code 3.2}, {@code III.}) or lettered ({@code A}, {@code B.1})
 *       followed by a capitalised title, set in bold, in a font larger than the body's, or in
 *       capitals; or
 *   <li>an unnumbered capitalised title starting a paragraph, set in bold and larger than the body.
 * </ul>
 *
 * Lines ending in a page number, as in a table of contents, are not headings. Stateless.
 */
final class PdfHeadings {
  static final int MAX_WORDS = 12;
  static final int MAX_CHARS = 90;
  private static final String NUMBER =
      "(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|[A-H](?:\\.\\d{1,2}){0,3}\\.?)";
  private static final Pattern KNOWN =
      Pattern.compile(
          "(?i)(?:"
              + NUMBER
              + "\\s+)?(abstract|introduction|related works?|background"
              + "|conclusions?(?: and future work| and discussion)?|discussion|summary"
              + "|references|bibliography|literature cited|works cited|acknowledge?ments?"
              + "|appendix(?:\\s+[A-Z0-9]\\b.*)?|appendices|supplementary material"
              + "|experiments?|experimental (?:setup|results)|results|evaluation|method(?:s|ology)?"
              + "|preliminaries|future work|limitations)[.:]?");
  private static final Pattern NUMBERED = Pattern.compile("(" + NUMBER + ")\\s+(\\p{Lu}.*)");
  // A table-of-contents line ends in its page number: "2 Model Architecture 5", "Results . . . 12".
  private static final Pattern TOC_ENTRY =
      Pattern.compile(".*(\\s\\d{1,3}|\\.\\s?\\.\\s?\\.\\s?\\d*)");
  private static final Pattern REFERENCES =
      Pattern.compile(
          "(?i)(?:" + NUMBER + "\\s+)?(references|bibliography|literature cited|works cited)[.:]?");

  private PdfHeadings() {}

  /**
   * Whether the line is a section heading, given the document's body font size.
   *
   * @param knownSeen whether a well-known heading (Abstract, Introduction, …) came earlier; until
   *     one has, only well-known headings count, so that title, author and address lines on the
   *     first page are not taken for sections
   */
  static boolean isHeading(PdfLine line, float bodyFontSize, boolean knownSeen) {
    String text = line.text();
    if (line.rotated() || !shortLine(text)) {
      return false;
    }
    if (isKnown(text)) {
      return line.fontSize() >= bodyFontSize - 1.5f;
    }
    if (!knownSeen || TOC_ENTRY.matcher(text).matches()) {
      return false;
    }
    Matcher numbered = NUMBERED.matcher(text);
    if (!numbered.matches()) {
      return unnumbered(line, bodyFontSize);
    }
    if (!titleLike(numbered.group(2))) {
      return false;
    }
    boolean emphasised = line.bold() || line.fontSize() >= bodyFontSize + 0.9f;
    return line.fontSize() >= bodyFontSize - 0.5f && (emphasised || isUpperCase(numbered.group(2)));
  }

  /** An unnumbered heading must be bold, larger than the body and start a paragraph. */
  private static boolean unnumbered(PdfLine line, float bodyFontSize) {
    String text = line.text();
    return line.bold()
        && line.paragraphStart()
        && line.fontSize() >= bodyFontSize + 0.9f
        && Character.isUpperCase(text.charAt(0))
        && titleLike(text);
  }

  /**
   * Whether the text is a well-known section name in heading form, e.g. {@code "2. Related Work"}.
   */
  static boolean isKnown(String text) {
    return !text.isEmpty()
        && Character.isUpperCase(firstLetter(text))
        && KNOWN.matcher(text).matches();
  }

  /**
   * Whether the heading text names the references section ({@code References}, {@code 7
   * Bibliography}).
   */
  static boolean isReferences(String headingText) {
    return REFERENCES.matcher(headingText).matches();
  }

  /**
   * The heading's section name in lower case without numbering ({@code "1. Introduction"} → {@code
   * "introduction"}); unknown headings give their title text lower-cased.
   */
  static String canonicalName(String headingText) {
    Matcher known = KNOWN.matcher(headingText);
    if (known.matches()) {
      return known.group(1).toLowerCase(Locale.ROOT);
    }
    Matcher numbered = NUMBERED.matcher(headingText);
    String title = numbered.matches() ? numbered.group(2) : headingText;
    return title.toLowerCase(Locale.ROOT);
  }

  /**
   * The sections without figure and table labels taken for headings: a text that is not a
   * well-known section name and heads more than one section is a label repeated in figures
   * ("Input-Input Layer5" four times in one appendix), so every section it heads goes; a heading
   * that ends in such a label ("Attention VisualizationsInput-Input Layer5") keeps what comes
   * before it.
   */
  static List<PdfSection> withoutLabels(List<PdfSection> sections) {
    Map<String, Integer> counts = new HashMap<>();
    sections.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
    Set<String> labels = new HashSet<>();
    counts.forEach(
        (name, count) -> {
          if (count > 1 && !isKnown(name)) {
            labels.add(name);
          }
        });
    List<PdfSection> kept = new ArrayList<>();
    for (PdfSection section : sections) {
      if (labels.contains(section.name())) {
        continue;
      }
      String name = section.name();
      for (String label : labels) {
        if (name.endsWith(label) && name.length() - label.length() >= 3) {
          name = name.substring(0, name.length() - label.length()).strip();
        }
      }
      kept.add(
          name.equals(section.name())
              ? section
              : new PdfSection(name, section.page(), section.bodyStart()));
    }
    return List.copyOf(kept);
  }

  private static boolean shortLine(String text) {

    if (text.isEmpty() || text.length() > MAX_CHARS || text.split(" ").length > MAX_WORDS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != ',' && last != ';' && last != '-' && last != '=' && letters(text) >= 3;
  }

  private static boolean titleLike(String title) {
    // A title is mostly letters ("3 Results" yes, "3 2.5 4.1 1.2" or "2 x + y" no) and not a
    // sentence.
    int letters = letters(title);
    return letters >= 3
        && letters * 10 >= title.replace(" ", "").length() * 7
        && !title.endsWith(".");
  }

  private static boolean isUpperCase(String text) {
    return letters(text) >= 3 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  private static char firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isLetter(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
