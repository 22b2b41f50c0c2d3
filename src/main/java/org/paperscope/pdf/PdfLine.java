package org.paperscope.pdf;

/**
 * One line of text as PDFBox laid it out on a page, with the layout facts the analysis needs.
 *
 * <p>Coordinates are in PDF user-space units (1/72 inch) measured from the page's top-left corner.
 *
 * @param page 1-based page number
 * @param text the line's text after glyph normalisation, never null
 * @param fontSize the effective font size covering most of the line's characters
 * @param top distance from the page top to the top of the line's tallest glyph
 * @param bottom distance from the page top to the line's baseline
 * @param left x of the first glyph
 * @param bold whether most of the line's characters are set in a bold font
 * @param paragraphStart whether PDFBox saw a paragraph break (indent or vertical drop) before it
 * @param rotated whether the text runs other than left to right (side stamps, turned tables); such
 *     lines carry no layout facts (all zero) and come after the page's upright lines
 */
record PdfLine(
    int page,
    String text,
    float fontSize,
    float top,
    float bottom,
    float left,
    boolean bold,
    boolean paragraphStart,
    boolean rotated) {

  /** A line of rotated text, which has no usable layout facts. */
  static PdfLine rotated(int page, String text) {
    return new PdfLine(page, text, 0, 0, 0, 0, false, true, true);
  }

  /** This line with other text, everything else unchanged. */
  PdfLine withText(String newText) {
    return new PdfLine(page, newText, fontSize, top, bottom, left, bold, paragraphStart, rotated);
  }
}
