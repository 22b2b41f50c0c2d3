/**
 * The {@link org.paperscope.paper.Paper} record and its parts (authors, links, review outcome, full
 * text with pages and sections, PDF facts) and their JSON form: the vocabulary every other package
 * speaks. Source metadata and enrichments stay apart in it. Depends on no other PaperScope package
 * and on no library but Jackson.
 */
package org.paperscope.paper;
