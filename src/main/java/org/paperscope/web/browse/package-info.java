/**
 * The pages to browse the corpus from: home, the tag list and an author's papers; the tag list's
 * parameters and an author's papers under every spelling, which the API shares. Uses {@code web}
 * and {@code web.search}.
 */
package org.paperscope.web.browse;
