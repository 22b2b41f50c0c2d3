/**
 * One paper's pages: its page ({@code /papers/{id}}) with citation meta tags, its BibTeX and RIS,
 * its PDF's thumbnail and the reading room of its extracted text; what a path under {@code
 * /papers/} asks for. Uses {@code web} and {@code web.search}.
 */
package org.paperscope.web.paper;
