/**
 * Tags: authors' keywords normalised into one tag per idea ({@link TagKey}: case, plurals, hyphens,
 * acronym and long form), shown under the name most papers write ({@link TagNames}), and automatic
 * tags for papers without keywords ({@link AutoTagger}).
 */
package org.paperscope.tags;
