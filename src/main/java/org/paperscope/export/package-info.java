/**
 * Papers in the formats reference managers and spreadsheets read: BibTeX, RIS, CSV and JSON Lines.
 * A paper first becomes a {@link org.paperscope.export.Citation} (what it may honestly be cited as,
 * and its canonical link), then one {@link org.paperscope.export.PaperWriter} per format renders
 * it. Used by both faces: the web exports and {@code paperscope export}. Depends on paper only.
 */
package org.paperscope.export;
