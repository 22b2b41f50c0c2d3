package org.paperscope.pdf;

/**
 * A section heading found in a PDF.
 *
 * @param name the heading as printed, e.g. {@code "Abstract"}, {@code "1 Introduction"}, {@code
 *     "References"}
 * @param page 1-based page the heading is on
 * @param bodyStart offset in {@link PdfDocument#body()} where the heading starts; for the
 *     references heading, whose text goes to {@link PdfDocument#references()}, the offset where the
 *     references were cut out of the body
 */
public record PdfSection(String name, int page, int bodyStart) {}
