/**
 * Reading sources into papers: one {@link org.paperscope.ingest.PaperReader} per source format
 * (JSON Lines, conference JSON, CSV, arXiv, BEIR, PDF folders), format detection, field limits, and
 * the ingest report (read, added, updated, rejected with file:line and reason). Papers leave
 * through the backend-neutral {@link org.paperscope.index.PaperWriter} role, so ingest depends on
 * paper, pdf and index (not index.lucene), never on search or the faces.
 */
package org.paperscope.ingest;
