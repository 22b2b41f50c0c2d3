/**
 * The search's pages: the results page ({@code /search}) with its facets, active filters, sort and
 * paging; the search parameters every face of a search shares (page, exports, API) and the links
 * built from them; hits and highlighted text as the templates show them. Uses {@code web}; no other
 * family of pages.
 */
package org.paperscope.web.search;
