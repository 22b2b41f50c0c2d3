package org.paperscope.search;

/** A part of a paper that some papers have and others lack, for counts such as "with abstract". */
public enum PaperPart {
  ABSTRACT,
  TLDR,
  FULL_TEXT,
  REFERENCES,
  /** A sentence embedding (similar papers and search by meaning need one). */
  EMBEDDING,
  /** A generated TL;DR (the Auto-TLDR enrichment's). */
  AUTO_TLDR,
  /** At least one public community summary. */
  SUMMARY
}
