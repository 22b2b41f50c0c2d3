package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a document's cleaned lines once and writes the body and references texts, recording page
 * ranges and section headings.
 *
 * <p>A paragraph starts on a new line (PDFBox paragraph breaks, changes of type size, headings);
 * the lines of a paragraph join with single spaces or across a line-end hyphen (see {@link
 * PdfHyphenation}). The references run from the first references heading after page 1 (or on it,
 * for one-page documents) up to the next emphasised heading (bold or larger type) or appendix-like
 * heading. Not thread-safe: one instance per document.
 */
final class PdfBodyAssembler {
  private static final Pattern INLINE_ABSTRACT =
      Pattern.compile("(?i)(abstract\\s*[.:—–-]\\s*)\\S.*");
  // Longest abstract kept; longer runs mean the next heading was missed (the abstracts of the
  // shared
  // PDFs have at most 1,710 characters).
  private static final int MAX_ABSTRACT_CHARS = 3000;
  private static final int MIN_ABSTRACT_WORDS = 50;
  private static final Pattern FOOTNOTE = Pattern.compile("[∗*†‡§¶].*");
  private static final Pattern AFTER_ABSTRACT =
      Pattern.compile(
          "(?i)(keywords|key words|index terms|categories and subject descriptors|general terms"
              + "|author keywords)\\b.*");

  private final float bodyFontSize;
  private final Set<String> vocabulary;
  private final Set<PdfLine> titleLines;
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder references = new StringBuilder();
  private final List<PdfPage> pages = new ArrayList<>();
  private final List<PdfSection> sections = new ArrayList<>();
  private boolean knownSeen;
  private boolean inReferences;
  private boolean referencesSeen;
  private float previousFontSize;
  private int abstractStart = -1;
  private int abstractEnd = -1;
  private float abstractFontSize;
  private int paragraphStart;
  private int paragraphPage = 1;

  /**
   * @param bodyFontSize the document's body font size
   * @param vocabulary the document's words, for {@link PdfHyphenation}
   * @param titleLines the title's lines, which are body text but never headings
   */
  PdfBodyAssembler(float bodyFontSize, Set<String> vocabulary, List<PdfLine> titleLines) {
    this.bodyFontSize = bodyFontSize;
    this.vocabulary = vocabulary;
    this.titleLines = Collections.newSetFromMap(new IdentityHashMap<>());
    this.titleLines.addAll(titleLines);
  }

  /** Appends every page's lines in order; call once. */
  void addAll(List<PdfPageLines> documentPages) {
    int pageCount = documentPages.size();
    for (PdfPageLines page : documentPages) {
      int start = -1;
      for (PdfLine line : page.lines()) {
        int before = body.length();
        add(line, pageCount);
        if (start < 0 && body.length() > before) {
          start = Character.isWhitespace(body.charAt(before)) ? before + 1 : before;
        }
      }
      pages.add(new PdfPage(page.number(), start, start));
    }
    closeAbstract();
    fixPageRanges();
  }

  String body() {
    return body.toString();
  }

  String references() {
    return references.toString();
  }

  List<PdfPage> pages() {
    return List.copyOf(pages);
  }

  List<PdfSection> sections() {
    return PdfHeadings.withoutLabels(sections);
  }

  /** The Abstract section's text, or null when no abstract was found. */
  String abstractText() {
    if (abstractStart < 0) {
      return null;
    }
    String text = body.substring(abstractStart, Math.max(abstractStart, abstractEnd)).strip();
    if (text.length() > MAX_ABSTRACT_CHARS) {
      int cut = text.lastIndexOf('\n', MAX_ABSTRACT_CHARS);
      text = text.substring(0, cut > 0 ? cut : text.lastIndexOf(' ', MAX_ABSTRACT_CHARS));
    }
    return text.isEmpty() ? null : text;
  }

  /** Length of an inline "Abstract—" or "Abstract." prefix starting the line, or 0. */
  private static int inlineAbstract(String line) {
    Matcher m = INLINE_ABSTRACT.matcher(line);
    return m.matches() ? m.end(1) : 0;
  }

  private void add(PdfLine line, int pageCount) {
    if (!titleLines.contains(line) && PdfHeadings.isHeading(line, bodyFontSize, knownSeen)) {
      knownSeen |= PdfHeadings.isKnown(line.text());
      addHeading(line, pageCount);
    } else if (inReferences) {
      appendLine(references, line);
    } else if (abstractStart < 0 && line.page() <= 2 && inlineAbstract(line.text()) > 0) {
      startParagraph(body);
      sections.add(new PdfSection("Abstract", line.page(), body.length()));
      abstractStart = body.length() + inlineAbstract(line.text());
      body.append(line.text());
      previousFontSize = line.fontSize();
    } else {
      appendLine(body, line);
    }
  }

  private void addHeading(PdfLine line, int pageCount) {
    String text = line.text();
    if (inReferences && !endsReferences(line)) {
      appendLine(references, line);
      return;
    }
    if (abstractStart < 0
        && sections.isEmpty()
        && PdfHeadings.canonicalName(text).contains("introduction")) {
      unlabelledAbstract();
    }
    closeAbstract();
    inReferences = false;
    if (PdfHeadings.isReferences(text) && !referencesSeen && (line.page() > 1 || pageCount == 1)) {
      inReferences = true;
      referencesSeen = true;
      sections.add(new PdfSection(text, line.page(), body.length()));
      return;
    }
    startParagraph(body);
    sections.add(new PdfSection(text, line.page(), body.length()));
    body.append(text).append('\n');
    if (abstractStart < 0 && "abstract".equals(PdfHeadings.canonicalName(text))) {
      abstractStart = body.length();
    }
  }

  private boolean endsReferences(PdfLine line) {
    String name = PdfHeadings.canonicalName(line.text());
    boolean appendixLike =
        name.startsWith("appendix")
            || name.startsWith("supplementary")
            || name.startsWith("acknowledg");
    return appendixLike || line.bold() || line.fontSize() >= bodyFontSize + 0.9f;
  }

  private void appendLine(StringBuilder text, PdfLine line) {
    if (text == body) {
      endAbstractBefore(line);
    }
    // A change of type size starts a paragraph too: footnotes and captions interleave the body.
    boolean sizeChange = Math.abs(line.fontSize() - previousFontSize) >= 1f;
    // PDFBox also breaks after an indented first line; a lower-case start after no full stop
    // continues the sentence.
    boolean continues = Character.isLowerCase(line.text().charAt(0)) && !endsSentence(text);
    if ((sizeChange || (line.paragraphStart() && !continues)) && !endsHyphenated(text)) {
      startParagraph(text);
      if (text == body) {
        paragraphStart = body.length();
        paragraphPage = line.page();
      }
    }
    PdfHyphenation.append(text, line.text(), vocabulary);
    previousFontSize = line.fontSize();
  }

  /**
   * Some styles (DeepMind's, for one) print the abstract without a heading: when the first heading
   * is the introduction and the paragraph just before it has at least {@value #MIN_ABSTRACT_WORDS}
   * words, that paragraph becomes a section named "Abstract".
   */
  private void unlabelledAbstract() {
    String paragraph = body.substring(paragraphStart);
    if (paragraph.strip().split("\\s+").length >= MIN_ABSTRACT_WORDS) {
      sections.add(new PdfSection("Abstract", paragraphPage, paragraphStart));
      abstractStart = paragraphStart;
    }
  }

  /**
   * Ends an open abstract before a keywords line, or a paragraph in smaller type than the abstract
   * or starting with a footnote mark (the footnotes and affiliations printed under it on page 1).
   */
  private void endAbstractBefore(PdfLine line) {
    if (abstractStart < 0 || abstractEnd >= 0) {
      return;
    }
    if (abstractFontSize == 0) {
      abstractFontSize = line.fontSize();
    } else if (AFTER_ABSTRACT.matcher(line.text()).matches()
        || (line.paragraphStart()
            && (line.fontSize() < abstractFontSize - 0.9f
                || FOOTNOTE.matcher(line.text()).matches()))) {
      closeAbstract();
    }
  }

  private void closeAbstract() {
    if (abstractStart >= 0 && abstractEnd < 0) {
      abstractEnd = body.length();
    }
  }

  private static void startParagraph(StringBuilder text) {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  private static boolean endsSentence(StringBuilder text) {
    int n = text.length();
    return n == 0 || ".:!?\n".indexOf(text.charAt(n - 1)) >= 0;
  }

  private static boolean endsHyphenated(StringBuilder text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
  }

  /**
   * Each page runs to the next page's start; a page without body text (start -1) becomes the empty
   * range at the next page's start.
   */
  private void fixPageRanges() {
    int next = body.length();
    for (int i = pages.size() - 1; i >= 0; i--) {
      PdfPage page = pages.get(i);
      int start = page.bodyStart() < 0 ? next : page.bodyStart();
      pages.set(i, new PdfPage(page.number(), start, next));
      next = start;
    }
  }
}
