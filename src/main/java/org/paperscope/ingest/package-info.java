/**
 * Reading sources into papers: one {@link org.paperscope.ingest.PaperReader} per source format
 * (JSON Lines, conference JSON, CSV, arXiv, BEIR, PDF folders), format detection, field limits, and
 * the ingest report (read, added, updated, rejected with file:line and reason). Papers leave
 * through the {@link org.paperscope.ingest.PaperStore} role, so ingest depends on paper and pdf
 * only, never on index, search or the faces.
 */
package org.paperscope.ingest;
