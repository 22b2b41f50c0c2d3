package org.paperscope.search.lucene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;

/**
 * The extracted texts of the PDFs searched most recently, kept parsed in memory: a text is tens to
 * hundreds of kilobytes of JSON on disk, and a query that hits a paper with a PDF needs it for the
 * full-text and reference snippets of every results page. At most {@value #CAPACITY} texts (a few
 * megabytes), least recently used first out. Thread-safe.
 */
final class RecentTexts {
  static final int CAPACITY = 64;

  private final PdfTextCache texts;
  private final Map<String, Optional<PdfDocument>> recent =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<PdfDocument>> eldest) {
          return size() > CAPACITY;
        }
      };

  RecentTexts(PdfTextCache texts) {
    this.texts = texts;
  }

  /** The text extracted from the PDF with this SHA-256, or empty when the cache has none. */
  Optional<PdfDocument> get(String sha256) {
    synchronized (recent) {
      Optional<PdfDocument> known = recent.get(sha256);
      if (known != null) {
        return known;
      }
    }
    // Read outside the lock: two searches may both read a text the first time, never wrongly.
    Optional<PdfDocument> read = texts.get(sha256);
    synchronized (recent) {
      recent.put(sha256, read);
    }
    return read;
  }

  /** The underlying cache, for thumbnails (read whole, rarely). */
  PdfTextCache cache() {
    return texts;
  }
}
