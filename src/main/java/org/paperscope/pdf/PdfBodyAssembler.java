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
 * PdfHyphenation}). Each line goes to one {@link Destination}. The references run from the first
 * references heading after page 1 (or on it, for one-page documents) up to the next emphasised
 * heading (bold or larger type) or appendix-like heading; the abstract is a part of the body (see
 * {@link PdfAbstractSpan}). Not thread-safe: one instance per document.
 */
final class PdfBodyAssembler {
  private static final Pattern INLINE_ABSTRACT =
      Pattern.compile("(?i)(abstract\\s*[.:—–-]\\s*)\\S.*");

  /**
   * Fewest words of a paragraph before the introduction to be taken for an unlabelled abstract: the
   * abstracts found in the shared PDFs have 67 to 282 words, the author and affiliation lines above
   * an abstract far fewer.
   */
  private static final int MIN_ABSTRACT_WORDS = 50;

  /**
   * Last page on which an inline "Abstract—" label starts the abstract: page 1, or page 2 after a
   * cover page; a later line starting so is body text.
   */
  private static final int LAST_INLINE_ABSTRACT_PAGE = 2;

  /**
   * How much larger than the body's a heading's type must be to end the references, as in {@link
   * PdfHeadings}: just under the smallest step between LaTeX's standard sizes (10 to 10.95 pt in
   * the 11 pt class).
   */
  private static final float LARGER_TYPE_POINTS = 0.9f;

  /**
   * Change of type size from the previous line that starts a paragraph: a whole point, a little
   * more than the one-size step of {@link #LARGER_TYPE_POINTS}, so that footnotes (two sizes, about
   * 2 pt, below the body) break off from the body they interleave.
   */
  private static final float NEW_PARAGRAPH_SIZE_CHANGE_POINTS = 1f;

  /** Where a line of text goes. */
  private enum Destination {
    BODY,
    /** The body, inside the open abstract: a line may end the abstract before it is appended. */
    ABSTRACT,
    REFERENCES
  }

  /** How far the walk is through the references, which a document has at most once. */
  private enum Progress {
    AHEAD,
    OPEN,
    PASSED
  }

  private final float bodyFontSize;
  private final Set<String> vocabulary;
  private final Set<PdfLine> titleLines;
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder references = new StringBuilder();
  private final List<PdfPage> pages = new ArrayList<>();
  private final List<PdfSection> sections = new ArrayList<>();

  private final PdfAbstractSpan abstractSpan = new PdfAbstractSpan();
  private Progress referencesProgress = Progress.AHEAD;

  /** Whether a well-known heading came yet (see {@link PdfHeadings#isHeading}). */
  private boolean knownHeadingSeen;

  /** Type size of the last line appended to the body or the references. */
  private float previousFontSize;

  /** Where the body's last paragraph starts, and on which page: a candidate unlabelled abstract. */
  private int lastParagraphStart;

  private int lastParagraphPage = 1;

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
    abstractSpan.close(body.length());
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
    return abstractSpan.text(body);
  }

  /** Length of an inline "Abstract—" or "Abstract." prefix starting the line, or 0. */
  private static int inlineAbstract(String line) {
    Matcher m = INLINE_ABSTRACT.matcher(line);
    return m.matches() ? m.end(1) : 0;
  }

  private Destination destination() {
    if (referencesProgress == Progress.OPEN) {
      return Destination.REFERENCES;
    }
    return abstractSpan.isOpen() ? Destination.ABSTRACT : Destination.BODY;
  }

  private void add(PdfLine line, int pageCount) {
    if (!titleLines.contains(line) && PdfHeadings.isHeading(line, bodyFontSize, knownHeadingSeen)) {
      knownHeadingSeen |= PdfHeadings.isKnown(line.text());
      addHeading(line, pageCount);
      return;
    }
    switch (destination()) {
      case REFERENCES -> appendToReferences(line);
      case ABSTRACT -> {
        abstractSpan.nextLine(line, body.length());
        appendToBody(line);
      }
      case BODY -> {
        if (startsInlineAbstract(line)) {
          openInlineAbstract(line);
        } else {
          appendToBody(line);
        }
      }
    }
  }

  private void addHeading(PdfLine line, int pageCount) {
    String text = line.text();
    if (referencesProgress == Progress.OPEN && !endsReferences(line)) {
      appendToReferences(line);
      return;
    }
    if (abstractSpan.isAhead()
        && sections.isEmpty()
        && PdfHeadings.canonicalName(text).contains("introduction")) {
      unlabelledAbstract();
    }
    abstractSpan.close(body.length());
    if (referencesProgress == Progress.OPEN) {
      referencesProgress = Progress.PASSED;
    }
    if (opensReferences(line, pageCount)) {
      referencesProgress = Progress.OPEN;
      sections.add(new PdfSection(text, line.page(), body.length()));
      return;
    }
    startParagraph(body);
    sections.add(new PdfSection(text, line.page(), body.length()));
    body.append(text).append('\n');
    if (abstractSpan.isAhead() && "abstract".equals(PdfHeadings.canonicalName(text))) {
      abstractSpan.open(body.length());
    }
  }

  /** The first references heading after page 1 (or on it, in a one-page document). */
  private boolean opensReferences(PdfLine line, int pageCount) {
    return referencesProgress == Progress.AHEAD
        && PdfHeadings.isReferences(line.text())
        && (line.page() > 1 || pageCount == 1);
  }

  private boolean endsReferences(PdfLine line) {
    String name = PdfHeadings.canonicalName(line.text());
    boolean appendixLike =
        name.startsWith("appendix")
            || name.startsWith("supplementary")
            || name.startsWith("acknowledg");
    return appendixLike || line.bold() || line.fontSize() >= bodyFontSize + LARGER_TYPE_POINTS;
  }

  private boolean startsInlineAbstract(PdfLine line) {
    return abstractSpan.isAhead()
        && line.page() <= LAST_INLINE_ABSTRACT_PAGE
        && inlineAbstract(line.text()) > 0;
  }

  /** Starts the abstract, and its section, after the line's "Abstract—" label. */
  private void openInlineAbstract(PdfLine line) {
    startParagraph(body);
    sections.add(new PdfSection("Abstract", line.page(), body.length()));
    abstractSpan.open(body.length() + inlineAbstract(line.text()));
    body.append(line.text());
    previousFontSize = line.fontSize();
  }

  private void appendToBody(PdfLine line) {
    if (startsParagraph(body, line)) {
      startParagraph(body);
      lastParagraphStart = body.length();
      lastParagraphPage = line.page();
    }
    appendText(body, line);
  }

  private void appendToReferences(PdfLine line) {
    if (startsParagraph(references, line)) {
      startParagraph(references);
    }
    appendText(references, line);
  }

  /** Whether the line begins a new paragraph of {@code text} rather than continuing its last. */
  private boolean startsParagraph(StringBuilder text, PdfLine line) {
    // A change of type size starts a paragraph too: footnotes and captions interleave the body.
    boolean sizeChange =
        Math.abs(line.fontSize() - previousFontSize) >= NEW_PARAGRAPH_SIZE_CHANGE_POINTS;
    // PDFBox also breaks after an indented first line; a lower-case start after no full stop
    // continues the sentence.
    boolean continues = Character.isLowerCase(line.text().charAt(0)) && !endsSentence(text);
    return (sizeChange || (line.paragraphStart() && !continues)) && !endsHyphenated(text);
  }

  private void appendText(StringBuilder text, PdfLine line) {
    PdfHyphenation.append(text, line.text(), vocabulary);
    previousFontSize = line.fontSize();
  }

  /**
   * Some styles (DeepMind's, for one) print the abstract without a heading: when the first heading
   * is the introduction and the paragraph just before it has at least {@value #MIN_ABSTRACT_WORDS}
   * words, that paragraph becomes a section named "Abstract".
   */
  private void unlabelledAbstract() {
    String paragraph = body.substring(lastParagraphStart);
    if (paragraph.strip().split("\\s+").length >= MIN_ABSTRACT_WORDS) {
      sections.add(new PdfSection("Abstract", lastParagraphPage, lastParagraphStart));
      abstractSpan.open(lastParagraphStart);
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
