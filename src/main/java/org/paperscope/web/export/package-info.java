/**
 * A search's result set as files: BibTeX, RIS, CSV, JSON and an Atom feed ({@code
 * /search.bib|ris|csv|json|atom}), each saying which part of the match set it holds. Uses {@code
 * web}, {@code web.search} and {@code web.api} (JSON text).
 */
package org.paperscope.web.export;
