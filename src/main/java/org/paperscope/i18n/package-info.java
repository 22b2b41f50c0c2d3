/**
 * Languages: the interface languages PaperScope speaks, which one a reader gets (an explicit
 * choice, else the browser's Accept-Language, else English), and the Lucene analyzer for text in a
 * given language (community summaries are indexed with their own language's stemming).
 */
package org.paperscope.i18n;
