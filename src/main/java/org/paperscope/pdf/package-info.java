/**
 * PDF to text: pages, lines, headings, sections, the title and the references of a PDF, its
 * thumbnail, matching PDFs to records, and the limits (size, pages, time) every PDF is read under.
 * Extracted text is cached by content hash ({@link org.paperscope.pdf.PdfTextCache}). The only
 * package that touches PDFBox; it depends on no other PaperScope package, so ingest, index and
 * search can use its types without a cycle.
 */
package org.paperscope.pdf;
