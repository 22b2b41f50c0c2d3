package org.paperscope.pdf;

/**
 * Where one PDF page's text lies in {@link PdfDocument#body()}.
 *
 * @param number 1-based page number
 * @param bodyStart offset of the page's first body character
 * @param bodyEnd offset just past the page's last body character (the next page's start); equal to
 *     {@code bodyStart} for a page with no body text (a figure, or only references)
 */
public record PdfPage(int number, int bodyStart, int bodyEnd) {}
